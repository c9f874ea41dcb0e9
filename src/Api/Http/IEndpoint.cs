using Carter;

namespace Platform.Api.Http;

/// <summary>
/// One endpoint of the module <typeparamref name="TModule"/>: it maps HTTP onto one request, sends it and maps
/// the answer. Endpoints are found by type (<see cref="ModuleEndpoints"/>), so adding one is adding a file.
/// </summary>
public interface IEndpoint<TModule>
    where TModule : ICarterModule
{
    /// <summary>The API versions whose route group carries this endpoint.</summary>
    IReadOnlyCollection<ApiVersion> Versions { get; }

    /// <summary>Maps the endpoint onto the module's group of one version; its name is set by the caller.</summary>
    RouteHandlerBuilder Map(IEndpointRouteBuilder group);
}
