namespace Platform.Domain.Identity;

/// <summary>
/// A user's identity at an external OpenID Connect provider (issuer + subject), linked to the local account so that
/// the provider's access tokens act as that account.
/// </summary>
public sealed class ExternalLogin : AggregateRoot
{
    public const int IssuerMaxLength = 500;
    public const int SubjectMaxLength = 255;

    private ExternalLogin(Guid id, Guid userId, string issuer, string subject, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Issuer = issuer;
        Subject = subject;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    public string Issuer { get; }

    public string Subject { get; }

    public DateTimeOffset CreatedAt { get; }

    public static ExternalLogin Link(User user, string issuer, string subject, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var login = new ExternalLogin(Guid.CreateVersion7(now), user.Id, issuer, subject, StoredTime.From(now));
        login.Raise(new ExternalLoginLinked(user.Id, user.Email.Value, issuer));
        return login;
    }
}
