using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.Application.Common.Events;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>
/// The projects module's instruments (meter <c>Platform.Projects</c>): projects created and archived, member changes by
/// kind. Counted from committed events only, so a refused or rolled-back change counts nothing.
/// </summary>
public sealed class ProjectMetrics
{
    public const string MeterName = "Platform.Projects";

    private readonly Counter<long> _created;
    private readonly Counter<long> _archived;
    private readonly Counter<long> _memberChanges;

    public ProjectMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _created = meter.CreateCounter<long>("platform.projects.created", description: "Projects created.");
        _archived = meter.CreateCounter<long>("platform.projects.archived", description: "Projects archived.");
        _memberChanges = meter.CreateCounter<long>(
            "platform.projects.member_changes", description: "Changes to project members, by change (added, role_changed, removed).");
    }

    internal void Count(ProjectEvent committed)
    {
        switch (committed)
        {
            case ProjectCreated:
                _created.Add(1);
                break;
            case ProjectArchived:
                _archived.Add(1);
                break;
            case MemberAdded:
                _memberChanges.Add(1, new TagList { { "change", "added" } });
                break;
            case MemberRoleChanged:
                _memberChanges.Add(1, new TagList { { "change", "role_changed" } });
                break;
            case MemberRemoved:
                _memberChanges.Add(1, new TagList { { "change", "removed" } });
                break;
        }
    }
}

/// <summary>Counts each committed project event on <see cref="ProjectMetrics"/>.</summary>
internal sealed class ProjectMetricsRecorder(ProjectMetrics metrics) : IAfterCommitHandler<ProjectEvent>
{
    public Task HandleAsync(ProjectEvent domainEvent, CancellationToken cancellationToken)
    {
        metrics.Count(domainEvent);
        return Task.CompletedTask;
    }
}
