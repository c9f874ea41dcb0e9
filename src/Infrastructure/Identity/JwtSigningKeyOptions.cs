namespace Platform.Infrastructure.Identity;

/// <summary>One ES256 key: its id (the <c>kid</c> of tokens and of the JWKS), and its private or public PEM.</summary>
public sealed class JwtSigningKeyOptions
{
    public string KeyId { get; set; } = string.Empty;

    /// <summary>PKCS#8 PEM of an EC P-256 private key, e.g. <c>openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256</c>.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>The public PEM of a retired key that no longer signs but whose tokens are still accepted.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>The PEM this key is given by; an empty setting counts as absent.</summary>
    public string? Pem => !string.IsNullOrWhiteSpace(PrivateKeyPem) ? PrivateKeyPem : NullIfBlank(PublicKeyPem);

    public bool HasPrivateKey => !string.IsNullOrWhiteSpace(PrivateKeyPem);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
