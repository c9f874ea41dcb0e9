using Platform.Application.Identity;

namespace Platform.Application.UnitTests.Support;

/// <summary>A reversible stand-in for the KDF that records every verification, including those without a hash.</summary>
public sealed class RecordingPasswordHasher : IPasswordHasher
{
    public List<string?> VerifiedHashes { get; } = [];

    public string Hash(string password) => $"hashed:{password}";

    public bool Verify(string password, string? passwordHash)
    {
        VerifiedHashes.Add(passwordHash);
        return passwordHash == Hash(password);
    }
}
