using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateUser;

/// <summary>An administrator replaces an account's e-mail address, display name, locale and time zone (all required).</summary>
public sealed record UpdateUserCommand(string Email, string DisplayName, string Locale, string TimeZone)
    : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>The account, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserUpdated;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => Email;
}

internal sealed class UpdateUserHandler(
    IUserRepository users, IPasswordResetTokenRepository resetTokens, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateUserCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(UpdateUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var email = Email.Create(request.Email).Value;
        if (email != user.Email && await users.ExistsAsync(email, cancellationToken))
        {
            return IdentityErrors.EmailAlreadyRegistered;
        }

        var now = clock.GetUtcNow();
        if (email != user.Email)
        {
            // Links mailed to the old address must not open the account any more.
            await resetTokens.UseUpOthersAsync(user.Id, Guid.Empty, now, cancellationToken);
        }

        return user.UpdateAccount(email, DisplayName.Create(request.DisplayName).Value, request.Locale, request.TimeZone, now)
            .Map(updated => mapper.MapAsOf(updated, now));
    }
}
