using System.Text.Json.Serialization;

namespace Platform.Application.Identity.ChangePassword;

/// <summary>Replaces the caller's password, given the current one; every other session of the account ends.</summary>
/// <param name="CurrentPassword">The password in use now.</param>
/// <param name="NewPassword">12-128 characters, not a commonly used password, different from the current one.</param>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Unit>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>The session making the change, which stays signed in; set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid SessionId { get; init; }

    /// <summary>Keeps both passwords out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(ChangePasswordCommand)} {{ UserId = {UserId} }}";
}
