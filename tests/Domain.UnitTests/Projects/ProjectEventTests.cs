using Platform.Domain.Projects;

namespace Platform.Domain.UnitTests.Projects;

/// <summary>A project records what happened to it, once per real change, with everyone the change concerns.</summary>
public sealed class ProjectEventTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Creating_a_project_records_it_for_its_owner()
    {
        var project = Project.Create(Owner, "GPR", "Garden", null, null, Now).Value;

        var created = Assert.IsType<ProjectCreated>(Assert.Single(project.TakeDomainEvents()));
        Assert.Equal((project.Id, Owner, 1L), (created.ProjectId, created.ChangedBy, created.Version));
        Assert.Equal([Owner], created.AffectedUserIds);
        Assert.Empty(project.DomainEvents);
    }

    [Fact]
    public void Each_change_records_the_project_as_it_left_it()
    {
        var project = WithMember();

        project.UpdateDetails(Member, "Orchard", null, null, Now);
        project.Archive(Owner, Now);
        project.Restore(Owner, Now);
        project.TransferOwnership(Owner, Member, Now);
        project.Delete(Member);

        var events = project.TakeDomainEvents();
        Assert.Equal(
            [typeof(ProjectDetailsUpdated), typeof(ProjectArchived), typeof(ProjectRestored), typeof(ProjectOwnershipTransferred), typeof(ProjectDeleted)],
            events.Select(change => change.GetType()));
        var archived = events.OfType<ProjectArchived>().Single();
        Assert.Equal(("Orchard", ProjectStatus.Archived, Owner), (archived.Name, archived.Status, archived.ChangedBy));
        Assert.Equal([3L, 4L, 5L, 6L, 6L], events.Cast<ProjectEvent>().Select(change => change.Version));
    }

    [Fact]
    public void A_removed_member_is_among_those_the_removal_concerns()
    {
        var project = WithMember();

        project.ChangeMemberRole(Owner, Member, ProjectRole.Viewer, Now);
        project.RemoveMember(Owner, Member, Now);

        var events = project.TakeDomainEvents();
        var roleChanged = Assert.IsType<MemberRoleChanged>(events[0]);
        Assert.Equal((Member, ProjectRole.Viewer), (roleChanged.UserId, roleChanged.Role));
        var removed = Assert.IsType<MemberRemoved>(events[1]);
        Assert.Equal((Member, (ProjectRole?)null), (removed.UserId, removed.Role));
        Assert.Equal([Owner, Member], removed.AffectedUserIds);
    }

    [Fact]
    public void Refused_changes_and_changes_to_the_same_state_record_nothing()
    {
        var project = WithMember();
        project.Archive(Owner, Now);
        project.TakeDomainEvents();

        project.Archive(Owner, Now);
        project.UpdateDetails(Owner, "Orchard", null, null, Now);
        project.Delete(Member);
        project.AddMember(Stranger, Stranger, ProjectRole.Member, Now);
        project.TransferOwnership(Owner, Owner, Now);

        Assert.Empty(project.TakeDomainEvents());
    }

    private static Project WithMember()
    {
        var project = Project.Create(Owner, "GPR", "Garden", null, null, Now).Value;
        project.AddMember(Owner, Member, ProjectRole.Member, Now);
        project.TakeDomainEvents();
        return project;
    }
}
