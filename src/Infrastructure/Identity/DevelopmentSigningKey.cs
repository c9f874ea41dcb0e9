using System.Security.Cryptography;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Development's ES256 key when none is configured: generated once and kept in a file, so tokens survive restarts.
/// Never used outside Development (start-up fails there without a configured key).
/// </summary>
public static class DevelopmentSigningKey
{
    public static string DefaultFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Platform", "jwt-development-key.pem");

    public static JwtSigningKeyOptions LoadOrCreate(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            File.WriteAllText(file, created.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var pem = File.ReadAllText(file);
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        var thumbprint = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..12];
        return new JwtSigningKeyOptions { KeyId = $"dev-{thumbprint}", PrivateKeyPem = pem };
    }
}
