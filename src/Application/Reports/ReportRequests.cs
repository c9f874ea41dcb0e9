using Platform.Application.Identity.Contracts;
using Platform.Domain.Identity;
using Platform.Domain.Projects;
using Platform.Domain.Reports;

namespace Platform.Application.Reports;

/// <summary>
/// A request to run a report, answered directly or as a file: over the local days [<see cref="From"/>, <see cref="To"/>]
/// of <see cref="TimeZone"/> (the caller's profile zone when left out), cut by <see cref="Granularity"/> (the report's
/// default when left out). Without a range, the 30 days up to today.
/// </summary>
public interface IReportRequest
{
    public const int DefaultDays = 30;

    Guid CallerId { get; }

    bool CallerIsAdministrator { get; }

    string Key { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }

    string? Granularity { get; }

    string? TimeZone { get; }

    Guid? ProjectId { get; }
}

/// <summary>A report request made whole: the report, and the window resolved from what was asked and the caller's profile.</summary>
public sealed record ResolvedReport(ReportDefinition Report, ReportWindow Window);

/// <summary>What every report request must be, whichever way it is answered.</summary>
internal abstract class ReportRequestValidator<TRequest> : AbstractValidator<TRequest>
    where TRequest : IReportRequest
{
    private static readonly DateOnly EarliestDay = new(2000, 1, 1);
    private static readonly DateOnly LatestDay = new(2200, 12, 31);

    protected ReportRequestValidator()
    {
        RuleFor(request => request.From).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(request => request.To).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(request => request.Granularity).Must(granularity => ReportGranularity.All.Contains(granularity!))
            .When(request => request.Granularity is not null)
            .WithMessage($"granularity must be one of: {string.Join(", ", ReportGranularity.All)}.");
        RuleFor(request => request.TimeZone).MaximumLength(UserPreferences.TimeZoneMaxLength);
    }
}

/// <summary>
/// Resolves a report request: the report exists, the caller may run it (an administrators' report 403, a project
/// they are not a member of 404, one they do not manage 403), the zone is one PostgreSQL knows, the range fits.
/// </summary>
internal sealed class ReportRequests(IReportRepository reports, IUserDirectory users, TimeProvider clock)
{
    public async Task<Result<ResolvedReport>> ResolveAsync(IReportRequest request, CancellationToken cancellationToken)
    {
        if (ReportCatalogue.Find(request.Key) is not { } report)
        {
            return ReportsErrors.NotFound;
        }

        var allowed = await AuthorizeAsync(report, request, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var zoneId = request.TimeZone ?? (await users.FindAsync(request.CallerId, cancellationToken))?.TimeZone ?? UserCard.DefaultTimeZone;
        if (IanaZone(zoneId) is not { } zone || !await reports.KnowsTimeZoneAsync(zone, cancellationToken))
        {
            return ReportsErrors.TimeZoneUnknown;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(clock.GetUtcNow(), zone).DateTime);
        var to = request.To ?? (request.From is { } start ? start.AddDays(IReportRequest.DefaultDays - 1) : today);
        var from = request.From ?? to.AddDays(-(IReportRequest.DefaultDays - 1));
        var granularity = request.Granularity ?? report.DefaultGranularity;
        if (to < from)
        {
            return ReportsErrors.RangeInvalid;
        }

        if (!ReportGranularity.Fits(granularity, from, to))
        {
            return ReportsErrors.RangeTooLong;
        }

        return new ResolvedReport(report, new ReportWindow(from, to, granularity, zone));
    }

    private async Task<Result<bool>> AuthorizeAsync(ReportDefinition report, IReportRequest request, CancellationToken cancellationToken)
    {
        switch (report.Audience)
        {
            case ReportAudience.Administrators when !request.CallerIsAdministrator:
                return ReportsErrors.AdministratorsOnly;
            case ReportAudience.ProjectManagers when request.ProjectId is not { } projectId:
                return ReportsErrors.ProjectRequired;
            case ReportAudience.ProjectManagers:
                return await reports.ProjectRoleAsync(request.ProjectId.Value, request.CallerId, cancellationToken) switch
                {
                    null => ReportsErrors.ProjectNotFound,
                    ProjectRole.Owner or ProjectRole.Maintainer => true,
                    _ => ReportsErrors.ProjectManagersOnly,
                };
            default:
                return true;
        }
    }

    /// <summary>The IANA id of a zone .NET knows (a Windows id is translated), or null.</summary>
    private static string? IanaZone(string id) =>
        !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? null
        : zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
}
