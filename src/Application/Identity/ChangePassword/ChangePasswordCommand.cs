namespace Platform.Application.Identity.ChangePassword;

/// <summary>Replaces the caller's password, given the current one; every other session of the account ends.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Unit>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The session making the change, which stays signed in; set by the endpoint from the access token.</summary>
    public required Guid SessionId { get; init; }

    /// <summary>Keeps both passwords out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(ChangePasswordCommand)} {{ UserId = {UserId} }}";
}
