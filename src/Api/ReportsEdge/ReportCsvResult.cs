using System.Globalization;
using System.Text;
using Platform.Application.Reports;
using Platform.Application.Reports.RunReport;

namespace Platform.Api.ReportsEdge;

/// <summary>
/// A report as RFC 4180 CSV: UTF-8 without a byte order mark, a header row of the column names, CRLF line ends, a cell
/// quoted when it holds a comma, a quote or a line break. Rows are written as PostgreSQL streams them, flushed every
/// thousand, so a long report neither waits nor holds its rows in memory. A text cell that a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>.
/// </summary>
internal sealed class ReportCsvResult(ReportRun run) : IResult
{
    private const int FlushEvery = 1000;
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"attachment; filename=\"{run.Key}_{run.From:yyyy-MM-dd}_{run.To:yyyy-MM-dd}.csv\"";

        await using var writer = new StreamWriter(response.Body, Utf8WithoutMark, bufferSize: 64 * 1024);
        await writer.WriteAsync(string.Join(',', run.Columns.Select(column => Cell(column.Name, ReportColumn.TextType))) + "\r\n");
        var written = 0;
        await foreach (var row in run.Rows.WithCancellation(httpContext.RequestAborted))
        {
            for (var index = 0; index < row.Length; index++)
            {
                if (index > 0)
                {
                    await writer.WriteAsync(',');
                }

                await writer.WriteAsync(Cell(row[index], run.Columns[index].Type));
            }

            await writer.WriteAsync("\r\n");
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(httpContext.RequestAborted);
            }
        }
    }

    /// <summary>One cell: dates as YYYY-MM-DD, numbers invariant, text neutralised and quoted when it must be; null is empty.</summary>
    public static string Cell(object? value, string type) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", type),
    };

    private static string Text(string text, string type)
    {
        if (type == ReportColumn.TextType && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
