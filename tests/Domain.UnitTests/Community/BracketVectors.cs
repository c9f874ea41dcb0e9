using System.Globalization;
using System.Text.Json;

namespace Platform.Domain.UnitTests.Community;

/// <summary>The bracket cases that bind the community module (copied from shared/community/bracket-vectors.json).</summary>
internal static class BracketVectors
{
    private static readonly JsonElement Root =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Community", "bracket-vectors.json"))).RootElement;

    /// <summary>The cases of a format by entrant count, e.g. <c>single_elimination</c>.</summary>
    public static TheoryData<int> EntrantCounts(string format) =>
        [.. Root.GetProperty(format).EnumerateObject().Where(entry => int.TryParse(entry.Name, CultureInfo.InvariantCulture, out _)).Select(entry => int.Parse(entry.Name, CultureInfo.InvariantCulture))];

    public static JsonElement Case(string format, int entrants) => Root.GetProperty(format).GetProperty(entrants.ToString(CultureInfo.InvariantCulture));

    /// <summary>The Swiss cases (one field of 8, with constraints and an example).</summary>
    public static JsonElement Swiss => Root.GetProperty("swiss");

    /// <summary>A JSON array of pairs as text, e.g. <c>[[1,"BYE"],[4,5]]</c>, for comparing with what a bracket made.</summary>
    public static string Pairs(JsonElement pairs) =>
        string.Join(" ", pairs.EnumerateArray().Select(pair => string.Join("-", pair.EnumerateArray().Select(side => side.ToString()))));
}
