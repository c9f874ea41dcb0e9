using Platform.Domain.Projects;

namespace Platform.Application.Projects.ListMembers;

internal sealed class ListMembersHandler(IProjectRepository projects) : IRequestHandler<ListMembersQuery, Result<IReadOnlyList<MemberResponse>>>
{
    public async Task<Result<IReadOnlyList<MemberResponse>>> Handle(ListMembersQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        var members = await projects.ListMembersAsync(project.Id, cancellationToken);
        return members.Select(MemberResponse.From).ToList();
    }
}
