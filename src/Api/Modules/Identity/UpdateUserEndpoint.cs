using System.ComponentModel.DataAnnotations;
using Platform.Application.Identity;
using Platform.Application.Identity.UpdateUser;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class UpdateUserEndpoint
{
    public static RouteHandlerBuilder MapUpdateUser(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, UpdateUserRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateUserCommand(body.Email, body.DisplayName, body.Locale, body.TimeZone) { Id = id }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Replace an account's e-mail address, display name, locale and time zone (administrators)")
            .WithDescription("All four fields are required. Roles, locks and passwords have their own endpoints.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateUser");
}

/// <summary>An administrator replaces an account's e-mail address, display name, locale and time zone (all required).</summary>
public sealed record UpdateUserRequest(
    [property: StringLength(Email.MaxLength)] string Email,
    [property: StringLength(DisplayName.MaxLength)] string DisplayName,
    [property: ValuesFrom(typeof(UserPreferences), nameof(UserPreferences.Locales))] string Locale,
    [property: StringLength(UserPreferences.TimeZoneMaxLength)] string TimeZone);
