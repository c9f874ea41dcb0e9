using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.RemoveMember;

internal sealed class RemoveMemberHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
    : IRequestHandler<RemoveMemberCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var removed = project.RemoveMember(request.ActorId, request.UserId, clock.GetUtcNow());
        if (!removed.IsSuccess)
        {
            return removed.Error;
        }

        // The removed member's list goes stale too: the project leaves it.
        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, [.. project.Members.Select(member => member.UserId), request.UserId]));
        events.RaiseMemberChange(ProjectRealtimeEvents.MemberRemoved, project, request.UserId, null, request.ActorId);
        return Unit.Value;
    }
}
