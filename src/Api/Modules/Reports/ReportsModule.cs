using Carter;

namespace Platform.Api.Modules.Reports;

/// <summary>Reports under <c>/api/v{version}/reports</c>: the catalogue the caller may run, and each report as JSON or CSV.</summary>
public sealed class ReportsModule : ICarterModule
{
    public const string Tag = "Reports";
    public const string TagDescription =
        "Reports computed by the database over a range of local days, cut into days, weeks (Monday first) or months of a time zone, " +
        "empty buckets included: platform reports for administrators, project reports for a project's owner and maintainers, and your " +
        "own training. Each answers JSON, or CSV with `Accept: text/csv`; a report longer than the row cap is exported as a CSV file " +
        "written in the background and downloaded by its requester.";
    public const string RoutePrefix = "reports";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapListReports();
        v1.MapRunReport();
        v1.MapRequestReportExport();
        v1.MapListReportExports();
        v1.MapGetReportExport();
        v1.MapDownloadReportExport();
    }
}
