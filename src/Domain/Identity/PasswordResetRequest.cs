namespace Platform.Domain.Identity;

/// <summary>
/// Someone asked for a reset link for an address. It is stored as it came, whether or not an account uses the address,
/// and answered once stored, through the outbox (a token and a mail, or nothing), so the request itself costs the same
/// either way. Answered
/// requests are deleted: the audit trail keeps who asked, when and from where.
/// </summary>
public sealed class PasswordResetRequest : AggregateRoot
{
    public const int EmailMaxLength = 320;

    private PasswordResetRequest(Guid id, string email, string? locale, string? ipAddress, DateTimeOffset requestedAt)
    {
        Id = id;
        Email = email;
        Locale = locale;
        IpAddress = ipAddress;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; }

    public string Email { get; }

    /// <summary>The language asked for (Accept-Language), if it named a supported one.</summary>
    public string? Locale { get; }

    public string? IpAddress { get; }

    public DateTimeOffset RequestedAt { get; }

    public static PasswordResetRequest Receive(string email, string? locale, string? ipAddress, DateTimeOffset now)
    {
        var request = new PasswordResetRequest(Guid.CreateVersion7(now), email, locale, ipAddress, StoredTime.From(now));
        request.Raise(new PasswordResetRequested(request.Id));
        return request;
    }

    /// <summary>Answers the request with a new reset token for the account that uses the address, and the secret to mail.</summary>
    public (PasswordResetToken Token, string Secret) Grant(User user, DateTimeOffset now, TimeSpan lifetime)
    {
        Raise(new PasswordResetIssued(user.Id, Email, IpAddress));
        return PasswordResetToken.Issue(user.Id, now, lifetime);
    }

    /// <summary>Answers the request with nothing: unknown_account, or locked by an administrator.</summary>
    public void Refuse(Guid? userId, string reason) => Raise(new PasswordResetRequestRefused(userId, Email, IpAddress, reason));
}
