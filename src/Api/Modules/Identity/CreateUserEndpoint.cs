using System.ComponentModel.DataAnnotations;
using Platform.Application.Identity;
using Platform.Application.Identity.CreateUser;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class CreateUserEndpoint
{
    public static RouteHandlerBuilder MapCreateUser(this IEndpointRouteBuilder group) =>
        group.MapPost("/", async Task<Results<Created<UserDetailsResponse>, ProblemHttpResult>> (
                CreateUserRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateUserCommand(body.Email, body.Password, body.DisplayName, body.Roles, body.Locale, body.TimeZone), cancellationToken)).ToCreated(user => $"/api/v1/users/{user.Id}"))
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Create an account (administrators)")
            .WithDescription("Like sign-up, plus `roles` (default [\"user\"]), `locale` and `timeZone`. A taken e-mail address is a 409 `email_already_registered`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateUser");
}

/// <summary>An administrator creates an account.</summary>
/// <param name="Email">Unique, case-insensitive.</param>
/// <param name="Password">12-128 characters, not a commonly used password.</param>
/// <param name="DisplayName">1-100 characters after trimming.</param>
/// <param name="Roles">Defaults to ["user"].</param>
/// <param name="Locale">en (default) or ru.</param>
/// <param name="TimeZone">An IANA id; UTC by default.</param>
public sealed record CreateUserRequest(
    [property: StringLength(Email.MaxLength)] string Email,
    string Password,
    [property: StringLength(DisplayName.MaxLength)] string DisplayName,
    [property: ValuesFrom(typeof(Role), nameof(Role.All))] IReadOnlyList<string>? Roles = null,
    [property: ValuesFrom(typeof(UserPreferences), nameof(UserPreferences.Locales))] string? Locale = null,
    [property: StringLength(UserPreferences.TimeZoneMaxLength)] string? TimeZone = null);
