using Platform.Domain.Identity;

namespace Platform.Application.Identity.ForgotPassword;

/// <summary>Asks for a password reset link by e-mail. The answer is the same whether or not the account exists.</summary>
public sealed record ForgotPasswordCommand(string Email) : ICommand<ForgotPasswordResponse>
{
    /// <summary>The mail's language, set by the endpoint from <c>Accept-Language</c>; null means the account's own.</summary>
    public string? Locale { get; init; }

    /// <summary>The address the request came from, set by the endpoint; kept with the request for the audit trail.</summary>
    public required string? IpAddress { get; init; }
}

/// <summary>
/// Only stores the request: one insert of the same shape whether or not an account uses the address, so neither the
/// answer nor its time tells. <see cref="IssuePasswordReset.PasswordResetRequestAnswerer"/> answers it once it committed.
/// </summary>
internal sealed class ForgotPasswordHandler(
    IPasswordResetRequestRepository requests, IdentityMetrics metrics, TimeProvider clock)
    : IRequestHandler<ForgotPasswordCommand, Result<ForgotPasswordResponse>>
{
    public Task<Result<ForgotPasswordResponse>> Handle(ForgotPasswordCommand request, CancellationToken cancellationToken)
    {
        requests.Add(PasswordResetRequest.Receive(Email.Create(request.Email).Value.Value, request.Locale, request.IpAddress, clock.GetUtcNow()));
        metrics.PasswordResetRequested();
        return Task.FromResult<Result<ForgotPasswordResponse>>(ForgotPasswordResponse.Accepted);
    }
}
