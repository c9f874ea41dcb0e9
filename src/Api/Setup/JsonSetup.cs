using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Platform.Api.Setup;

/// <summary>
/// The JSON contract of every body (ADR 33): a number is a JSON number (a quoted one is a 400), a property the request
/// does not declare is a 400 instead of being dropped in silence, and nesting stops at 32 levels. The OpenAPI documents
/// read the same options, so they type numbers as numbers and close request objects (<c>additionalProperties: false</c>).
/// </summary>
internal static class JsonSetup
{
    public static WebApplicationBuilder AddJsonContract(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.MaxDepth = 32;
        });
        return builder;
    }
}
