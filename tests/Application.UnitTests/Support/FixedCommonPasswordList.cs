using Platform.Application.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class FixedCommonPasswordList : ICommonPasswordList
{
    public const string CommonPassword = "passwordpassword";

    public bool Contains(string password) => string.Equals(password, CommonPassword, StringComparison.OrdinalIgnoreCase);
}
