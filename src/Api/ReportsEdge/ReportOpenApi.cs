using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Application.Reports.RunReport;

namespace Platform.Api.ReportsEdge;

/// <summary>
/// What the generator cannot see in <see cref="ReportRun"/>: each row is an array of cells in the order of the run's
/// columns, and a cell is a day (a string), a text, a number, or null; and the CSV answer is text, not that object.
/// </summary>
internal static class ReportOpenApi
{
    public static Task CsvIsText(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var response in operation.Responses?.Values.AsEnumerable() ?? [])
        {
            if (response.Content?.TryGetValue(ReportFormats.Csv, out var csv) == true)
            {
                csv.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "RFC 4180 CSV in UTF-8: a header row of the column names, then one line per row.",
                };
            }
        }

        return Task.CompletedTask;
    }

    public static Task DescribeCells(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(ReportRun) && schema.Properties?["rows"] is OpenApiSchema rows && rows.Items is OpenApiSchema row)
        {
            rows.Description = "One array per bucket (and group), its cells in the order of `columns`.";
            row.Items = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Null,
                Description = "A `date` (YYYY-MM-DD) or `text` column's string, an `integer` or `decimal` column's number.",
                MaxLength = 256,
            };
        }

        return Task.CompletedTask;
    }
}
