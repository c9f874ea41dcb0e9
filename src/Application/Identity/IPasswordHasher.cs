namespace Platform.Application.Identity;

/// <summary>Hashes passwords with a slow, salted key-derivation function and verifies them.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>
    /// Checks a password against a stored hash. With no hash (the account does not exist) it spends the
    /// same time on a dummy hash and answers false, so timing does not reveal which accounts exist.
    /// </summary>
    bool Verify(string password, string? passwordHash);
}
