using Mapster;
using MapsterMapper;

namespace Platform.Application.Reports.ListReports;

/// <summary>The reports the caller may run: every report for administrators, the project and personal ones for everyone else.</summary>
public sealed record ListReportsQuery(bool CallerIsAdministrator) : IQuery<IReadOnlyList<ReportResponse>>;

/// <summary>A report the caller may run, with its columns and the parameters it takes.</summary>
public sealed record ReportResponse(
    string Key, string Title, string Description, string Audience, bool RequiresProject, string DefaultGranularity, IReadOnlyList<ReportColumn> Columns);

internal sealed class ListReportsHandler(IMapper mapper) : IRequestHandler<ListReportsQuery, Result<IReadOnlyList<ReportResponse>>>
{
    public Task<Result<IReadOnlyList<ReportResponse>>> Handle(ListReportsQuery request, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReportResponse> reports = [.. ReportCatalogue.All
            .Where(report => request.CallerIsAdministrator || report.Audience != ReportAudience.Administrators)
            .Select(mapper.Map<ReportResponse>)];
        return Task.FromResult(Result<IReadOnlyList<ReportResponse>>.Success(reports));
    }
}

internal sealed class ReportMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ReportDefinition, ReportResponse>()
            .Map(response => response.Audience, report => AudienceName(report.Audience))
            .Map(response => response.RequiresProject, report => report.Audience == ReportAudience.ProjectManagers);

    private static string AudienceName(ReportAudience audience) => audience switch
    {
        ReportAudience.Administrators => "administrators",
        ReportAudience.ProjectManagers => "project_managers",
        _ => "everyone",
    };
}
