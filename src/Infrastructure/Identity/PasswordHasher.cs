using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core Identity's hasher: PBKDF2 with HMAC-SHA512, a 128-bit salt and 100,000 iterations,
/// in a versioned format so the parameters can be raised later without breaking stored hashes.
/// </summary>
internal sealed class PasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<User> _hasher = new();
    private readonly string _dummyHash;

    public PasswordHasher()
    {
        _dummyHash = _hasher.HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string password, string? passwordHash) =>
        _hasher.VerifyHashedPassword(null!, passwordHash ?? _dummyHash, password) != PasswordVerificationResult.Failed
        && passwordHash is not null;
}
