using Microsoft.IdentityModel.Tokens;

namespace Platform.Api.IdentityEdge;

/// <summary>A validly signed access token whose session has ended (logout, reuse detection); answered 401 <c>session_revoked</c>.</summary>
internal sealed class SessionRevokedException : SecurityTokenException
{
    public SessionRevokedException()
        : base("The session of this access token has ended.")
    {
    }

    public SessionRevokedException(string message)
        : base(message)
    {
    }

    public SessionRevokedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
