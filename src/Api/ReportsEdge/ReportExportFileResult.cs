using Platform.Application.Reports.DownloadReportExport;

namespace Platform.Api.ReportsEdge;

/// <summary>An export's CSV file, sent a stored chunk at a time with its length known up front.</summary>
internal sealed class ReportExportFileResult(ReportExportDownload download) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ReportFormats.CsvContentType;
        response.ContentLength = download.Bytes;
        response.Headers.ContentDisposition = $"attachment; filename=\"{download.FileName}\"";
        await foreach (var chunk in download.Content.WithCancellation(httpContext.RequestAborted))
        {
            await response.Body.WriteAsync(chunk, httpContext.RequestAborted);
        }
    }
}
