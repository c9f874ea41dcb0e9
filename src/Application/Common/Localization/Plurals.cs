using System.Globalization;

namespace Platform.Application.Common.Localization;

/// <summary>Counted nouns in the languages the platform writes: "1 day", "2 days"; "1 день", "2 дня", "5 дней", "21 день".</summary>
public static class Plurals
{
    public static string English(long count, string one, string other) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : other)}";

    /// <summary>Russian has three forms: one (1, 21, 101; not 11), few (2-4, 22-24; not 12-14) and many (the rest).</summary>
    public static string Russian(long count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        var form = lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
        return $"{count.ToString(CultureInfo.InvariantCulture)} {form}";
    }
}
