using System.Globalization;
using System.Text;

namespace Platform.Application.Reports;

/// <summary>
/// A report as RFC 4180 CSV, the one way both direct answers and export files are written: UTF-8 without a byte order
/// mark, a header row of the column names, CRLF line ends, a cell quoted when it holds a comma, a quote or a line break.
/// A text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return) gets a leading <c>'</c>.
/// </summary>
public static class ReportCsv
{
    public const string MediaType = "text/csv";

    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and every row, flushing every <paramref name="flushEvery"/> rows; answers how many rows it wrote.</summary>
    public static async Task<long> WriteAsync(
        TextWriter writer, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<object?[]> rows, int flushEvery, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(string.Join(',', columns.Select(column => Cell(column.Name, ReportColumn.TextType))) + "\r\n");
        var written = 0L;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var index = 0; index < row.Length; index++)
            {
                if (index > 0)
                {
                    await writer.WriteAsync(',');
                }

                await writer.WriteAsync(Cell(row[index], columns[index].Type));
            }

            await writer.WriteAsync("\r\n");
            if (++written % flushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return written;
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
