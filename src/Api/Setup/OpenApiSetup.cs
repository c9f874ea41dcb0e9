using System.Text.Json.Nodes;
using Carter;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Application.Identity;
using Scalar.AspNetCore;

namespace Platform.Api.Setup;

internal static class OpenApiSetup
{
    public const string DocsPath = "/docs";

    /// <summary>One OpenAPI document per API version (<c>/openapi/v1.json</c>, <c>/openapi/v2.json</c>).</summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services)
    {
        foreach (var version in ApiVersions.All)
        {
            var documentName = $"v{version.MajorVersion}";
            services.AddOpenApi(documentName, options =>
            {
                options.AddDocumentTransformer((document, context, _) =>
                {
                    document.Info = new OpenApiInfo
                    {
                        Title = "Platform API",
                        Version = documentName,
                        Description = "One backend for identity (accounts, device sessions, administration), projects, the training diary, the sports community (players, teams, playgrounds, matches and tournaments), reports and notifications. " +
                            (version.MajorVersion == 1 ? "" : $"This document lists the routes that v{version.MajorVersion} changes or adds; every other route stays on v1. ") +
                            "Errors are RFC 9457 problem details with a stable `code`. A NUL character in any string of a body, query or route " +
                            "value is 400 `invalid_characters` (a JSON body that is not UTF-8, 400 `malformed_json`); while the database cannot be " +
                            "reached, every route that needs it answers 503 `database_unavailable` with `Retry-After`.",
                    };
                    document.Servers = ConfiguredServers(context.ApplicationServices.GetRequiredService<IConfiguration>());
                    document.Tags = DescribedTags(document);
                    OpenApiSecurity.AddSchemes(document);
                    return Task.CompletedTask;
                });
                options.AddOperationTransformer(OpenApiSecurity.Describe);
                options.AddOperationTransformer(DocumentAlternativeOkBodies);
                options.AddSchemaTransformer(OnlyRequestBodiesAreClosed);
                options.AddSchemaTransformer(TokenTypeIsFixedPerBody);
                options.AddSchemaTransformer(ContractLimits.Apply);
                options.AddSchemaTransformer(ReportsEdge.ReportOpenApi.DescribeCells);
                options.AddOperationTransformer(ReportsEdge.ReportOpenApi.CsvIsText);
                options.AddOperationTransformer(ContractLimits.ApplyToParameters);
            });
        }

        return services;
    }

    /// <summary>
    /// The tags this document uses, each with its Carter module's <c>TagDescription</c>: sign-in (Auth) first, where a
    /// client starts, then the others by name.
    /// </summary>
    private static HashSet<OpenApiTag> DescribedTags(OpenApiDocument document)
    {
        var used = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .ToHashSet(StringComparer.Ordinal);
        var described = typeof(OpenApiSetup).Assembly.GetTypes()
            .Where(type => typeof(ICarterModule).IsAssignableFrom(type) && type.GetField("Tag")?.GetRawConstantValue() is string)
            .Select(type => (Name: (string)type.GetField("Tag")!.GetRawConstantValue()!, Description: type.GetField("TagDescription")?.GetRawConstantValue() as string))
            .Where(tag => used.Contains(tag.Name))
            .OrderBy(tag => tag.Name == Modules.Identity.AuthModule.Tag ? 0 : 1)
            .ThenBy(tag => tag.Name, StringComparer.Ordinal);
        return new HashSet<OpenApiTag>(described.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
    }

    /// <summary>
    /// The servers the operator configured (<c>OpenApi:Servers</c>: url, description, internal), not the address a request
    /// came in on; none configured lists none, and clients use the document's own origin.
    /// </summary>
    private static List<OpenApiServer> ConfiguredServers(IConfiguration configuration) =>
        [.. configuration.GetSection("OpenApi:Servers").GetChildren().Select(server => new OpenApiServer
        {
            Url = server["Url"],
            Description = server["Description"],
            Extensions = new Dictionary<string, IOpenApiExtension>
            {
                ["x-internal"] = new JsonNodeExtension(JsonValue.Create(server.GetValue("Internal", false))),
            },
        })];

    /// <summary>The vendor's "Powered by" link in the sidebar, which has no option of its own.</summary>
    private const string HideVendorLinks = "a[href^='https://scalar.com'] { display: none !important; }";

    /// <summary>The docs UI's pages and scripts carry its own Content-Security-Policy.</summary>
    public static void UseDocsContentSecurityPolicy(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DocsPath), docs => docs.UseMiddleware<DocsContentSecurityPolicy>());

    /// <summary>
    /// The documents and the interactive docs UI (Scalar) with a picker between the versions. The UI works offline: its
    /// scripts come from the app, it asks for no web fonts (system fonts instead of the vendor's CDN), sends no
    /// telemetry, and the vendor's AI agent, MCP, developer-tools toolbar and links to its own client and site are off. Each page gets a fresh script
    /// nonce, which <see cref="DocsContentSecurityPolicy"/> puts in the page's Content-Security-Policy.
    /// </summary>
    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(DocsPath, options =>
        {
            options.WithTitle("Platform API")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .HideClientButton()
                .WithCustomCss(HideVendorLinks)
                .WithNonce();
            foreach (var version in ApiVersions.All)
            {
                options.AddDocument($"v{version.MajorVersion}", $"Platform API v{version.MajorVersion}", $"/openapi/v{version.MajorVersion}.json");
            }

            options.AddPreferredSecuritySchemes(OpenApiSecurity.BearerScheme);
        }).AllowAnonymous();
        return app;
    }


    /// <summary>The bodies a sign-in or a refresh may answer, each with its fixed <c>tokenType</c>, which clients narrow on.</summary>
    private static readonly Dictionary<Type, string> TokenTypes = new()
    {
        [typeof(AccessTokenResponse)] = AccessTokenResponse.BearerTokenType,
        [typeof(WebSessionResponse)] = WebSessionResponse.CookieTokenType,
    };

    private const string TokenTypeProperty = "tokenType";

    /// <summary>
    /// The JSON options refuse unknown properties in what the API reads, so the generator closes every object
    /// (<c>additionalProperties: false</c>). Only request bodies are closed in the contract (ADR 33): a response or a
    /// problem may gain a property later without breaking a client that validates against the schema.
    /// </summary>
    private static Task OnlyRequestBodiesAreClosed(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!schema.AdditionalPropertiesAllowed && !context.JsonTypeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            schema.AdditionalPropertiesAllowed = true;
        }

        return Task.CompletedTask;
    }

    /// <summary>Each token answer states its one <c>tokenType</c>, so that the discriminator of their <c>oneOf</c> holds.</summary>
    private static Task TokenTypeIsFixedPerBody(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (TokenTypes.TryGetValue(context.JsonTypeInfo.Type, out var tokenType) && schema.Properties?[TokenTypeProperty] is OpenApiSchema property)
        {
            property.Enum = [JsonValue.Create(tokenType)];
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// An endpoint that answers 200 with one of several bodies (login and refresh: bearer tokens, or the web-cookie
    /// session) gets a <c>oneOf</c> of them, with <c>tokenType</c> as its discriminator; the generator would otherwise
    /// keep only the last one declared.
    /// </summary>
    private static async Task DocumentAlternativeOkBodies(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var bodies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(metadata => metadata.StatusCode == StatusCodes.Status200OK && metadata.Type is not null && metadata.Type != typeof(void))
            .Select(metadata => metadata.Type!)
            .Distinct()
            .ToList();
        if (bodies.Count < 2 || operation.Responses?.TryGetValue("200", out var ok) != true || ok!.Content?.TryGetValue("application/json", out var json) != true)
        {
            return;
        }

        var alternatives = new List<IOpenApiSchema>();
        foreach (var body in bodies)
        {
            var schema = await context.GetOrCreateSchemaAsync(body, null, cancellationToken);
            context.Document!.AddComponent(body.Name, schema);
            alternatives.Add(new OpenApiSchemaReference(body.Name, context.Document));
        }

        json!.Schema = new OpenApiSchema { OneOf = alternatives };
        if (bodies.All(TokenTypes.ContainsKey))
        {
            ((OpenApiSchema)json.Schema).Discriminator = new OpenApiDiscriminator
            {
                PropertyName = TokenTypeProperty,
                Mapping = bodies.ToDictionary(body => TokenTypes[body], body => new OpenApiSchemaReference(body.Name, context.Document)),
            };
        }
    }
}
