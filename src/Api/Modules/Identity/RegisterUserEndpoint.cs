using System.ComponentModel.DataAnnotations;
using Platform.Application.Identity;
using Platform.Application.Identity.RegisterUser;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class RegisterUserEndpoint
{
    public static RouteHandlerBuilder MapRegisterUser(this IEndpointRouteBuilder group) =>
        group.MapPost("/register", async Task<Results<Created<RegisteredUserResponse>, ProblemHttpResult>> (
                RegisterUserRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RegisterUserCommand(body.Email, body.Password, body.DisplayName), cancellationToken)).ToCreated(user => "/api/v1/auth/me"))
            .AllowAnonymous()
            .RequireAuthRateLimits<RegisterUserRequest>(AuthRateLimits.RegisterPolicy, body => body.Email)
            .WithSummary("Create an account")
            .WithDescription("E-mail (case-insensitive, unique), password (12-128 characters, not a common password) and display name (1-100 characters, trimmed).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RegisterUser");
}

/// <summary>Creates an account with an e-mail address, a password and a display name.</summary>
/// <param name="Email">The sign-in address; compared case-insensitively and stored lower-case.</param>
/// <param name="Password">At least 12 characters and not a commonly used password.</param>
/// <param name="DisplayName">The name shown to others, 1-100 characters after trimming.</param>
public sealed record RegisterUserRequest(
    [property: StringLength(Email.MaxLength)] string Email,
    string Password,
    [property: StringLength(DisplayName.MaxLength)] string DisplayName);
