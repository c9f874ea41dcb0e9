using Microsoft.OpenApi;
using Platform.Domain.Identity;

namespace Platform.Api.IdentityEdge;

internal static class ClientDeviceEndpoints
{
    /// <summary>Adds <see cref="ClientDeviceFilter"/> and documents its three required headers and its 426.</summary>
    public static RouteHandlerBuilder RequireClientDevice(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ClientDeviceFilter>()
            .ProducesProblem(StatusCodes.Status426UpgradeRequired)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(Header(
                    ClientDeviceFilter.AppTypeHeader, "The app: one of the configured types (ios, android, web, desktop).", Session.AppTypeMaxLength));
                operation.Parameters.Add(Header(
                    ClientDeviceFilter.AppVersionHeader, "The app's version, e.g. 2.4.1; too old a version gets 426.", Session.AppVersionMaxLength));
                operation.Parameters.Add(Header(
                    ClientDeviceFilter.DeviceIdHeader, "A stable id of the device installation, 1-128 of A-Z a-z 0-9 . _ : -.", Session.DeviceIdMaxLength));
                return Task.CompletedTask;
            });

    private static OpenApiParameter Header(string name, string description, int maxLength) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = maxLength },
    };
}
