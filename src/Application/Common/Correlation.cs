namespace Platform.Application.Common;

/// <summary>
/// The correlation id of the work in progress: the request's (the Api's correlation middleware sets it) or, while the
/// outbox relay delivers a message, the id of the request that wrote it. The outbox stores it with every message, so
/// one id follows a change from its request to every consumer's log lines.
/// </summary>
public static class Correlation
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? Id
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
