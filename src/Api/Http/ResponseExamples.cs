using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Platform.Api.Http;

/// <summary>
/// An example answer in the OpenAPI document, for the operations whose shape is easier to read from one (a bracket with
/// a bye, a disputed match). Written as JSON next to the endpoint; the contract test's snapshot keeps it honest.
/// </summary>
internal static class ResponseExamples
{
    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, int status, string json) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response.Content?.TryGetValue("application/json", out var content) == true && content is OpenApiMediaType media)
            {
                media.Example = JsonNode.Parse(json);
            }

            return Task.CompletedTask;
        });
}
