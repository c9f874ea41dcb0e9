namespace Platform.Application.Identity.IssuePasswordReset;

/// <summary>Answers a stored reset request: a token and a mail if an account uses the address, else only an audit entry.</summary>
/// <param name="RequestId">The stored <see cref="Domain.Identity.PasswordResetRequest"/>.</param>
public sealed record IssuePasswordResetCommand(Guid RequestId) : ICommand<Unit>;
