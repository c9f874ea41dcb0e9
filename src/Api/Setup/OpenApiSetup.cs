using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Platform.Api.Http;
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
                options.AddDocumentTransformer((document, _, _) =>
                {
                    document.Info = new OpenApiInfo
                    {
                        Title = "Platform API",
                        Version = documentName,
                        Description = "One backend for identity, projects, the training diary, the sports community and tracker export. " +
                            "Errors are RFC 9457 problem details with a stable `code`.",
                    };
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                    {
                        [BearerSchemeName] = new OpenApiSecurityScheme
                        {
                            Type = SecuritySchemeType.Http,
                            Scheme = "bearer",
                            BearerFormat = "JWT",
                            Description = "An access token from POST /api/v1/auth/login.",
                        },
                    };
                    return Task.CompletedTask;
                });
                options.AddOperationTransformer((operation, context, _) =>
                {
                    var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                    if (!anonymous)
                    {
                        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, context.Document)] = [] }];
                    }

                    return Task.CompletedTask;
                });
            });
        }

        return services;
    }

    /// <summary>The documents and the interactive docs UI (Scalar) with a picker between the versions.</summary>
    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(DocsPath, options =>
        {
            options.WithTitle("Platform API");
            foreach (var version in ApiVersions.All)
            {
                options.AddDocument($"v{version.MajorVersion}", $"Platform API v{version.MajorVersion}", $"/openapi/v{version.MajorVersion}.json");
            }

            options.AddPreferredSecuritySchemes(BearerSchemeName);
        }).AllowAnonymous();
        return app;
    }

    private const string BearerSchemeName = "Bearer";
}
