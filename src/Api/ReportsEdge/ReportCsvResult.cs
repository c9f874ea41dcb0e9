using Platform.Application.Reports;
using Platform.Application.Reports.RunReport;

namespace Platform.Api.ReportsEdge;

/// <summary>A report answered as CSV (<see cref="ReportCsv"/>), written as an attachment named after the report and its range.</summary>
internal sealed class ReportCsvResult(ReportRun run) : IResult
{
    private const int FlushEvery = 1000;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ReportFormats.CsvContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{run.Key}_{run.From:yyyy-MM-dd}_{run.To:yyyy-MM-dd}.csv\"";

        await using var writer = new StreamWriter(response.Body, ReportCsv.Encoding, bufferSize: 64 * 1024);
        await ReportCsv.WriteAsync(writer, run.Columns, run.Rows.ToAsyncEnumerable(), FlushEvery, httpContext.RequestAborted);
    }
}
