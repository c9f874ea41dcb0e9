using Platform.Domain.PlatformModule;

namespace Platform.Domain.UnitTests.PlatformModule;

public sealed class PlatformEntityTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(3));

    [Fact]
    public void A_new_platformEntity_belongs_to_its_owner_with_a_trimmed_name_and_utc_timestamps()
    {
        var platformEntity = PlatformEntity.Create(Owner, "  First  ", Now).Value;

        Assert.Equal(7, platformEntity.Id.Version);
        Assert.True(platformEntity.IsOwnedBy(Owner));
        Assert.Equal("First", platformEntity.Name);
        Assert.Equal(Now, platformEntity.CreatedAt);
        Assert.Equal(TimeSpan.Zero, platformEntity.CreatedAt.Offset);
        Assert.Equal(platformEntity.CreatedAt, platformEntity.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public void Empty_names_and_control_characters_are_refused(string? name)
    {
        Assert.Equal(PlatformModuleErrors.NameInvalid, PlatformEntity.Create(Owner, name, Now).Error);
    }

    [Fact]
    public void A_name_of_more_than_the_maximum_length_is_refused()
    {
        Assert.False(PlatformEntity.Create(Owner, new string('x', PlatformEntity.NameMaxLength + 1), Now).IsSuccess);
    }

    [Fact]
    public void Renaming_changes_the_name_and_the_update_time_only()
    {
        var platformEntity = PlatformEntity.Create(Owner, "First", Now).Value;

        var renamed = platformEntity.Rename("Second", Now.AddMinutes(5));

        Assert.True(renamed.IsSuccess);
        Assert.Equal("Second", platformEntity.Name);
        Assert.Equal(Now, platformEntity.CreatedAt);
        Assert.Equal(Now.AddMinutes(5), platformEntity.UpdatedAt);
    }

    [Fact]
    public void A_refused_rename_leaves_the_platformEntity_as_it_was()
    {
        var platformEntity = PlatformEntity.Create(Owner, "First", Now).Value;

        Assert.False(platformEntity.Rename(" ", Now.AddMinutes(5)).IsSuccess);
        Assert.Equal("First", platformEntity.Name);
        Assert.Equal(Now, platformEntity.UpdatedAt);
    }

    [Fact]
    public void Archiving_sets_the_platformEntity_aside_once()
    {
        var platformEntity = PlatformEntity.Create(Owner, "First", Now).Value;

        platformEntity.Archive(Now.AddMinutes(5));
        platformEntity.Archive(Now.AddMinutes(9));

        Assert.True(platformEntity.IsArchived);
        Assert.Equal(Now.AddMinutes(5), platformEntity.UpdatedAt);
    }

    [Fact]
    public void Each_change_raises_its_event_once_and_a_refused_one_none()
    {
        var platformEntity = PlatformEntity.Create(Owner, "First", Now).Value;

        platformEntity.Rename(" ", Now);
        platformEntity.Rename("Second", Now);
        platformEntity.Archive(Now);
        platformEntity.Archive(Now);
        platformEntity.Delete();

        Assert.Equal(
            [typeof(PlatformEntityCreated), typeof(PlatformEntityRenamed), typeof(PlatformEntityArchived), typeof(PlatformEntityDeleted)],
            platformEntity.TakeDomainEvents().Select(domainEvent => domainEvent.GetType()));
        Assert.Empty(platformEntity.DomainEvents);
    }
}
