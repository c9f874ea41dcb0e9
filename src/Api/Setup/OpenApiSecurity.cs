using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.Api.Setup;

/// <summary>
/// What the documents say about who may call what and what every call can meet: the two bearer schemes (any signed-in
/// caller, and administrators, whose routes need the admin role in the same kind of token), and on each operation its
/// scheme, its 401 and 403 when it has them, the 400, 429, 500 and 503 every route can answer, and the rate-limit fields of
/// its answers (ADR 35).
/// </summary>
internal static class OpenApiSecurity
{
    public const string BearerScheme = "Bearer";
    public const string AdminBearerScheme = "AdminBearer";

    private const string ProblemSchema = "ProblemDetails";
    private const string ProblemMediaType = "application/problem+json";

    private const string TokenPractices =
        "ES256-signed JWTs following RFC8725 (JSON Web Token Best Current Practices): the algorithm is pinned, and issuer, audience, " +
        "lifetime (15 minutes) and the token's session are checked on every request.";

    public static void AddSchemes(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"An access token from POST /api/v1/auth/login. {TokenPractices}",
            },
            [AdminBearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"An access token of an account with the admin role (granted with `grant-role`), for the administrators' routes. {TokenPractices}",
            },
        };
    }

    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        AddProblem(operation, context, StatusCodes.Status400BadRequest,
            "The request cannot be read: a NUL character or invalid UTF-8 in a query or route value is `invalid_characters`.");
        AddProblem(operation, context, StatusCodes.Status429TooManyRequests,
            "Too many requests from this caller: `rate_limited`, with `Retry-After` (seconds).");
        AddProblem(operation, context, StatusCodes.Status500InternalServerError, "An unexpected failure: `internal_error`, with the request's `traceId` to report.");
        AddProblem(operation, context, StatusCodes.Status503ServiceUnavailable,
            "The database cannot be reached: `database_unavailable`, with `Retry-After`. A write may have been saved; read before repeating it.");
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Secure(operation, context, metadata);
        }

        DescribeCommonFields(operation);
        return Task.CompletedTask;
    }

    private static void Secure(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata)
    {
        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().ToList();
        var scheme = policies.Contains(Http.AuthorizationPolicies.Admin) ? AdminBearerScheme : BearerScheme;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] }];
        AddProblem(operation, context, StatusCodes.Status401Unauthorized,
            "No valid access token: `unauthenticated`, `token_expired`, `token_invalid` or `session_revoked`, with `WWW-Authenticate`.");
        if (policies.Count > 0)
        {
            AddProblem(operation, context, StatusCodes.Status403Forbidden, "The token does not allow this route: `forbidden`.");
        }
    }

    /// <summary>
    /// Every answer (2xx and 4xx alike) says the caller's quota and what is left, and to a browser of a configured origin
    /// that it may read it; a 201 or 202 where the resource is, a 429 also when to come back.
    /// </summary>
    private static void DescribeCommonFields(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse answer || !(status.StartsWith('2') || status.StartsWith('4')))
            {
                continue;
            }

            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers["RateLimit-Policy"] = Field(
                "The quota of this caller on /api: `\"api\";q=<requests>;w=<window seconds>` (IETF draft RateLimit fields).", "^\"api\";q=\\d+;w=\\d+$");
            answer.Headers["RateLimit"] = Field(
                "What is left of it: `\"api\";r=<requests left>;t=<seconds until the quota is whole again>`.", "^\"api\";r=\\d+;t=\\d+$");
            answer.Headers["Access-Control-Allow-Origin"] = Field(
                "The calling page's origin when it is one of the configured `Cors:Origins`; absent otherwise.", "^https?://[^/]+$");
            if (status is "201" or "202")
            {
                answer.Headers["Location"] = Field(
                    status == "201" ? "Where the created resource is." : "Where to follow the accepted work (its status resource).", "^(https?://[^/]+)?/\\S*$");
            }

            if (status == "429")
            {
                answer.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
                };
            }
        }
    }

    private static OpenApiHeader Field(string description, string pattern) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 256, Pattern = pattern },
    };

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
            },
        };
    }
}
