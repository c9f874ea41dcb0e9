using System.Security.Cryptography;
using System.Text;

namespace Platform.Domain.Identity;

/// <summary>
/// The secret half of a single-use token (refresh, password reset): 256 random bits in base64url, shown to its owner
/// once. Only its SHA-256 hash is stored, so a copy of the database cannot be replayed.
/// </summary>
public static class OpaqueSecret
{
    private const int SecretBytes = 32;

    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
