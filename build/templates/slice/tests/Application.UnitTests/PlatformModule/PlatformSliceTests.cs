using Platform.Application.PlatformModule.PlatformSlice;
using Platform.Application.UnitTests.Support;
using Platform.Domain.PlatformModule;

namespace Platform.Application.UnitTests.PlatformModule;

/// <summary>PlatformSlice through the real pipeline (validation, unit of work, caching) over in-memory storage.</summary>
public sealed class PlatformSliceTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
#if (!isCreate)
    private static readonly Guid SomeoneElse = Guid.CreateVersion7();
#endif

#if (isCreate)
    [Fact]
    public async Task A_valid_command_adds_a_platformEntity_owned_by_the_caller_and_saves_once()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceCommand("  First  ") { OwnerId = Owner });

        var stored = Assert.Single(host.Repository<InMemoryPlatformEntityRepository>().Items);
        Assert.Equal(new PlatformSliceResponse(stored.Id, "First", host.Clock.GetUtcNow(), host.Clock.GetUtcNow()), result.Value);
        Assert.True(stored.IsOwnedBy(Owner));
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task An_invalid_command_is_refused_before_the_handler_and_nothing_is_saved()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceCommand("") { OwnerId = Owner });

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Contains("name", result.Error.FieldErrors!.Keys);
        Assert.Empty(host.Repository<InMemoryPlatformEntityRepository>().Items);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#elif (isAction)
    [Fact]
    public async Task The_owner_archives_their_platformEntity()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.True(result.Value.IsArchived);
        Assert.Equal(host.Clock.GetUtcNow(), result.Value.UpdatedAt);
        Assert.True(platformEntity.IsArchived);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_permission_denied_and_stays_as_it_was()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.Equal(PlatformModuleErrors.PermissionDenied, result.Error);
        Assert.False(platformEntity.IsArchived);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_platformEntity_that_does_not_exist_is_not_found()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceCommand(Guid.CreateVersion7(), Owner));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_not_found_and_stays_as_it_was()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.False(platformEntity.IsArchived);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#endif
#elif (isChange)
    [Fact]
    public async Task The_owner_renames_their_platformEntity()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await host.SendAsync(new PlatformSliceCommand("Second") { Id = platformEntity.Id, OwnerId = Owner });

        Assert.Equal("Second", result.Value.Name);
        Assert.Equal(host.Clock.GetUtcNow(), result.Value.UpdatedAt);
        Assert.Equal("Second", platformEntity.Name);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_permission_denied_and_stays_as_it_was()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand("Second") { Id = platformEntity.Id, OwnerId = Owner });

        Assert.Equal(PlatformModuleErrors.PermissionDenied, result.Error);
        Assert.Equal("First", platformEntity.Name);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_platformEntity_that_does_not_exist_is_not_found()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceCommand("Second") { Id = Guid.CreateVersion7(), OwnerId = Owner });

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_not_found_and_stays_as_it_was()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand("Second") { Id = platformEntity.Id, OwnerId = Owner });

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.Equal("First", platformEntity.Name);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#endif

    [Fact]
    public async Task A_blank_name_is_refused_before_the_handler()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, Owner);

        var result = await host.SendAsync(new PlatformSliceCommand(" ") { Id = platformEntity.Id, OwnerId = Owner });

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("First", platformEntity.Name);
    }
#elif (isDelete)
    [Fact]
    public async Task The_owner_deletes_their_platformEntity()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, Owner);

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.True(result.IsSuccess);
        Assert.Empty(host.Repository<InMemoryPlatformEntityRepository>().Items);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_permission_denied_and_kept()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.Equal(PlatformModuleErrors.PermissionDenied, result.Error);
        Assert.Same(platformEntity, Assert.Single(host.Repository<InMemoryPlatformEntityRepository>().Items));
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_platformEntity_that_does_not_exist_is_not_found()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceCommand(Guid.CreateVersion7(), Owner));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_not_found_and_kept()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceCommand(platformEntity.Id, Owner));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
        Assert.Single(host.Repository<InMemoryPlatformEntityRepository>().Items);
    }
#endif
#elif (isGet && shared)
    [Fact]
    public async Task Any_user_reads_a_platformEntity_whoever_owns_it()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceQuery(platformEntity.Id));

        Assert.Equal(new PlatformSliceResponse(platformEntity.Id, "First", platformEntity.CreatedAt, platformEntity.UpdatedAt), result.Value);
    }

    [Fact]
    public async Task A_platformEntity_that_does_not_exist_is_not_found()
    {
        await using var host = new PipelineHost();
        Seed(host, Owner);

        var result = await host.SendAsync(new PlatformSliceQuery(Guid.CreateVersion7()));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
    }
#elif (isGet)
    [Fact]
    public async Task The_owner_reads_their_platformEntity()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, Owner);

        var result = await host.SendAsync(new PlatformSliceQuery(platformEntity.Id, Owner));

        Assert.Equal(new PlatformSliceResponse(platformEntity.Id, "First", platformEntity.CreatedAt, platformEntity.UpdatedAt), result.Value);
    }

    [Fact]
    public async Task Another_users_platformEntity_is_not_found()
    {
        await using var host = new PipelineHost();
        var platformEntity = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new PlatformSliceQuery(platformEntity.Id, Owner));

        Assert.Equal(PlatformModuleErrors.NotFound, result.Error);
    }
#elif (shared)
    [Fact]
    public async Task Every_user_gets_everyones_aggregates_newest_first_one_page_at_a_time()
    {
        await using var host = new PipelineHost();
        var oldest = Seed(host, Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var middle = Seed(host, SomeoneElse);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var newest = Seed(host, Owner);

        var first = await host.SendAsync(new PlatformSliceQuery(Page: 1, PageSize: 2));
        var second = await host.SendAsync(new PlatformSliceQuery(Page: 2, PageSize: 2));

        Assert.Equal([newest.Id, middle.Id], first.Value.Items.Select(item => item.Id));
        Assert.Equal(3, first.Value.TotalCount);
        Assert.True(first.Value.HasNextPage);
        Assert.Equal([oldest.Id], second.Value.Items.Select(item => item.Id));
        Assert.False(second.Value.HasNextPage);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public async Task Pages_out_of_bounds_are_refused(int page, int pageSize)
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceQuery(page, pageSize));

        Assert.Equal("validation_failed", result.Error!.Code);
    }
#else
    [Fact]
    public async Task The_owner_gets_their_own_aggregates_newest_first_one_page_at_a_time()
    {
        await using var host = new PipelineHost();
        var oldest = Seed(host, Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var middle = Seed(host, Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var newest = Seed(host, Owner);
        Seed(host, SomeoneElse);

        var first = await host.SendAsync(new PlatformSliceQuery(Owner, Page: 1, PageSize: 2));
        var second = await host.SendAsync(new PlatformSliceQuery(Owner, Page: 2, PageSize: 2));

        Assert.Equal([newest.Id, middle.Id], first.Value.Items.Select(item => item.Id));
        Assert.Equal(3, first.Value.TotalCount);
        Assert.True(first.Value.HasNextPage);
        Assert.Equal([oldest.Id], second.Value.Items.Select(item => item.Id));
        Assert.False(second.Value.HasNextPage);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public async Task Pages_out_of_bounds_are_refused(int page, int pageSize)
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new PlatformSliceQuery(Owner, page, pageSize));

        Assert.Equal("validation_failed", result.Error!.Code);
    }
#endif
#if (!isCreate)

    private static PlatformEntity Seed(PipelineHost host, Guid owner)
    {
        var platformEntity = PlatformEntity.Create(owner, "First", host.Clock.GetUtcNow()).Value;
        host.Repository<InMemoryPlatformEntityRepository>().Add(platformEntity);
        return platformEntity;
    }
#endif
}
