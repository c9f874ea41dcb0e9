using Microsoft.IdentityModel.Tokens;

namespace Platform.Api.IdentityEdge;

/// <summary>A valid token of the external provider that maps to no usable local account; answered 401 with <see cref="Code"/>.</summary>
internal sealed class ExternalSignInRefusedException : SecurityTokenException
{
    public ExternalSignInRefusedException(string code, string message)
        : base(message) => Code = code;

    public ExternalSignInRefusedException()
        : this("token_invalid", "The token maps to no local account.")
    {
    }

    public ExternalSignInRefusedException(string message)
        : this("token_invalid", message)
    {
    }

    public ExternalSignInRefusedException(string message, Exception innerException)
        : base(message, innerException) => Code = "token_invalid";

    public string Code { get; }
}
