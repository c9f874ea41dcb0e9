using System.Text.Json;
using Platform.Application.Projects;
using Platform.Application.Projects.PatchProject;

namespace Platform.Api.Modules.Projects;

internal static class PatchProjectEndpoint
{
    private static readonly string[] Fields = ["name", "description", "tags"];

    public static RouteHandlerBuilder MapPatchProject(this IEndpointRouteBuilder group) =>
        group.MapPatch("/{id:guid}", async Task<Results<Ok<ProjectV2Response>, ProblemHttpResult>> (
                Guid id, JsonElement patch, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                if (ReadPatch(patch) is not { } projectPatch)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "The body must be a JSON merge patch object with only name, description and tags (tags: an array of strings or null).",
                        extensions: new Dictionary<string, object?> { ["code"] = "merge_patch_invalid" });
                }

                return (await mediator.Send(new PatchProjectCommand(id, user.UserId(), version, projectPatch), cancellationToken))
                    .ToOkWithEntityTag(http, project => project.Version);
            })
            .Accepts<JsonElement>("application/merge-patch+json", "application/json")
            .WithSummary("Change some of a project's details (JSON Merge Patch, RFC 7386) on the copy named by If-Match")
            .WithDescription("Fields: `name`, `description` (null clears it), `tags` (null clears them); absent fields stay. `If-Match` is required (428 `precondition_required`); a stale one is 412 `precondition_failed`, as is the loser of two concurrent changes of one version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithName("PatchProject");

    /// <summary>The patch, or null when the body is not an object of known fields with values of the right kind.</summary>
    private static ProjectPatch? ReadPatch(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || body.EnumerateObject().Any(field => !Fields.Contains(field.Name)))
        {
            return null;
        }

        var hasName = body.TryGetProperty("name", out var name);
        var hasDescription = body.TryGetProperty("description", out var description);
        var hasTags = body.TryGetProperty("tags", out var tags);
        if ((hasName && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            || (hasDescription && description.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            || (hasTags && tags.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            || (hasTags && tags.ValueKind == JsonValueKind.Array && tags.EnumerateArray().Any(tag => tag.ValueKind != JsonValueKind.String)))
        {
            return null;
        }

        return new ProjectPatch(
            hasName, hasName ? name.GetString() : null,
            hasDescription, hasDescription ? description.GetString() : null,
            hasTags, hasTags && tags.ValueKind == JsonValueKind.Array ? tags.EnumerateArray().Select(tag => tag.GetString()!).ToList() : null);
    }
}
