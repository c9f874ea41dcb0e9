using Platform.Domain.Projects;

namespace Platform.Domain.UnitTests.Projects;

public sealed class ProjectTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Maintainer = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Viewer = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(3));

    [Fact]
    public void A_new_project_has_its_creator_as_the_one_owner_and_normalised_details()
    {
        var project = Project.Create(Owner, " gpr ", "  First  ", " About it ", ["Garden", "garden", "tools"], Now).Value;

        Assert.Equal(7, project.Id.Version);
        Assert.Equal(("GPR", "First", "About it"), (project.Key, project.Name, project.Description));
        Assert.Equal(["garden", "tools"], project.Tags);
        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Equal((Owner, ProjectRole.Owner), (project.OwnerId, Assert.Single(project.Members).Role));
        Assert.Equal(TimeSpan.Zero, project.CreatedAt.Offset);
    }

    [Theory]
    [InlineData("G", "Name", "project_key_invalid")]
    [InlineData("1AB", "Name", "project_key_invalid")]
    [InlineData("TOOLONGKEY1", "Name", "project_key_invalid")]
    [InlineData("G-R", "Name", "project_key_invalid")]
    [InlineData("GPR", "   ", "project_name_invalid")]
    [InlineData("GPR", "line\nbreak", "project_name_invalid")]
    public void Bad_keys_and_names_are_refused(string key, string name, string code)
    {
        Assert.Equal(code, Project.Create(Owner, key, name, null, null, Now).Error!.Code);
    }

    [Fact]
    public void Too_many_or_malformed_tags_and_a_too_long_description_are_refused()
    {
        Assert.Equal(ProjectsErrors.TagsInvalid, Project.Create(Owner, "GPR", "N", null, Enumerable.Range(0, 21).Select(i => $"t{i}").ToList(), Now).Error);
        Assert.Equal(ProjectsErrors.TagsInvalid, Project.Create(Owner, "GPR", "N", null, ["has space"], Now).Error);
        Assert.Equal(ProjectsErrors.DescriptionInvalid, Project.Create(Owner, "GPR", "N", new string('x', 4001), null, Now).Error);
    }

    [Fact]
    public void The_field_rules_validators_ask_are_the_ones_the_aggregate_applies()
    {
        Assert.True(Project.IsValidName("  Garden  "));
        Assert.False(Project.IsValidName(null));
        Assert.False(Project.IsValidName("   "));
        Assert.False(Project.IsValidName("tab\tinside"));
        Assert.True(Project.IsValidDescription(null));
        Assert.True(Project.IsValidDescription($"  {new string('x', Project.DescriptionMaxLength)}  "));
        Assert.False(Project.IsValidDescription(new string('x', Project.DescriptionMaxLength + 1)));
        Assert.True(Project.AreValidTags(null));
        Assert.False(Project.AreValidTags(["ok", null!]));
        // Twenty-one tags that are twenty once lower-cased and de-duplicated, as the aggregate stores them.
        Assert.True(Project.AreValidTags([.. Enumerable.Range(0, Project.MaxTags).Select(i => $"t{i}"), "T0"]));
        Assert.True(Project.Create(Owner, "GPR", "N", null, [.. Enumerable.Range(0, Project.MaxTags).Select(i => $"t{i}"), "T0"], Now).IsSuccess);
    }

    [Fact]
    public void Strangers_do_not_see_the_project_and_viewers_cannot_write()
    {
        var project = Team();

        Assert.Equal(ProjectsErrors.NotFound, project.UpdateDetails(Stranger, "X", null, null, Now).Error);
        Assert.Equal(ProjectsErrors.PermissionDenied, project.UpdateDetails(Viewer, "X", null, null, Now).Error);
        Assert.True(project.UpdateDetails(Member, "Renamed", null, null, Now.AddMinutes(1)).IsSuccess);
        Assert.Equal(Now.AddMinutes(1), project.UpdatedAt);
    }

    [Fact]
    public void Only_owners_and_maintainers_manage_members_and_nobody_is_made_owner_that_way()
    {
        var project = Team();
        var newcomer = Guid.CreateVersion7();

        Assert.Equal(ProjectsErrors.PermissionDenied, project.AddMember(Member, newcomer, ProjectRole.Viewer, Now).Error);
        Assert.Equal(ProjectsErrors.OwnerRoleReserved, project.AddMember(Owner, newcomer, ProjectRole.Owner, Now).Error);
        Assert.Equal(ProjectsErrors.AlreadyMember, project.AddMember(Owner, Viewer, ProjectRole.Member, Now).Error);
        Assert.True(project.AddMember(Maintainer, newcomer, ProjectRole.Member, Now).IsSuccess);
        Assert.Equal(ProjectsErrors.OwnerRoleReserved, project.ChangeMemberRole(Maintainer, Owner, ProjectRole.Viewer, Now).Error);
        Assert.Equal(ProjectsErrors.PermissionDenied, project.ChangeMemberRole(Viewer, newcomer, ProjectRole.Viewer, Now).Error);
        Assert.Equal(ProjectRole.Viewer, project.ChangeMemberRole(Owner, newcomer, ProjectRole.Viewer, Now).Value.Role);
        Assert.Single(project.Members, member => member.Role == ProjectRole.Owner);
    }

    [Fact]
    public void Members_may_leave_but_the_owner_only_after_handing_over()
    {
        var project = Team();

        Assert.True(project.RemoveMember(Viewer, Viewer, Now).IsSuccess);
        Assert.Equal(ProjectsErrors.PermissionDenied, project.RemoveMember(Member, Maintainer, Now).Error);
        Assert.Equal(ProjectsErrors.OwnerCannotLeave, project.RemoveMember(Owner, Owner, Now).Error);
        Assert.Equal(ProjectsErrors.OwnerCannotLeave, project.RemoveMember(Maintainer, Owner, Now).Error);

        Assert.True(project.TransferOwnership(Owner, Member, Now).IsSuccess);

        Assert.Equal((Member, ProjectRole.Maintainer), (project.OwnerId, project.RoleOf(Owner)));
        Assert.True(project.RemoveMember(Owner, Owner, Now).IsSuccess);
        Assert.Single(project.Members, member => member.Role == ProjectRole.Owner);
    }

    [Fact]
    public void Only_the_owner_transfers_to_a_member_and_deletes()
    {
        var project = Team();

        Assert.Equal(ProjectsErrors.PermissionDenied, project.TransferOwnership(Maintainer, Member, Now).Error);
        Assert.Equal(ProjectsErrors.MemberNotFound, project.TransferOwnership(Owner, Stranger, Now).Error);
        Assert.Equal(ProjectsErrors.PermissionDenied, project.Delete(Maintainer).Error);
        Assert.True(project.Delete(Owner).IsSuccess);
    }

    [Fact]
    public void An_archived_project_is_read_only_until_restored()
    {
        var project = Team();
        Assert.Equal(ProjectsErrors.PermissionDenied, project.Archive(Member, Now).Error);
        project.Archive(Maintainer, Now);

        Assert.Equal(ProjectsErrors.Archived, project.UpdateDetails(Owner, "X", null, null, Now).Error);
        Assert.Equal(ProjectsErrors.Archived, project.AddMember(Owner, Stranger, ProjectRole.Viewer, Now).Error);
        Assert.Equal(ProjectsErrors.Archived, project.RemoveMember(Viewer, Viewer, Now).Error);
        Assert.Equal(ProjectsErrors.Archived, project.TransferOwnership(Owner, Member, Now).Error);

        project.Restore(Owner, Now);
        Assert.True(project.UpdateDetails(Owner, "X", null, null, Now).IsSuccess);
    }

    private static Project Team()
    {
        var project = Project.Create(Owner, "GPR", "Garden", null, null, Now).Value;
        project.AddMember(Owner, Maintainer, ProjectRole.Maintainer, Now);
        project.AddMember(Owner, Member, ProjectRole.Member, Now);
        project.AddMember(Owner, Viewer, ProjectRole.Viewer, Now);
        return project;
    }
}
