using System.Collections.Frozen;
using Platform.Application.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>The embedded list of common passwords (source and licence: Identity/CommonPasswords/README.md).</summary>
internal sealed class CommonPasswordList : ICommonPasswordList
{
    private const string ResourceName = "Platform.Infrastructure.common-passwords.txt";

    private readonly FrozenSet<string> _passwords = Load();

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
