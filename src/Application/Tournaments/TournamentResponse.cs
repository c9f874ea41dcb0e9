using Mapster;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>A tournament as every signed-in user sees it.</summary>
/// <param name="Id">The tournament's id.</param>
/// <param name="Name">1 to 100 characters.</param>
/// <param name="Sport">The sport's code; only teams of this sport enter.</param>
/// <param name="City">Where it is played.</param>
/// <param name="State">draft, registration, in_progress, completed or cancelled.</param>
/// <param name="Settings">How it is played.</param>
/// <param name="OrganiserIds">Who organises it: they decide entries, seeds, disputes and result edits.</param>
/// <param name="AcceptedEntries">How many entries are in the field (at most the capacity).</param>
/// <param name="StartedAt">When it started (UTC); null before.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Version">The version the ETag names; send it back in If-Match to change the tournament.</param>
public sealed record TournamentResponse(
    Guid Id,
    string Name,
    string Sport,
    string City,
    string State,
    TournamentSettingsResponse Settings,
    IReadOnlyList<Guid> OrganiserIds,
    int AcceptedEntries,
    DateTimeOffset? StartedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>How a tournament is played.</summary>
/// <param name="Format">single_elimination, double_elimination, round_robin or swiss.</param>
/// <param name="Capacity">The most entries in the field (2 to 1,024); accepted entries past it wait on the waitlist.</param>
/// <param name="MinimumRoster">The fewest players a team needs to enter.</param>
/// <param name="ConfirmationWindowHours">How long a reported result waits for the other side before it stands (1 to 168 hours).</param>
/// <param name="ThirdPlaceMatch">Single elimination: the semi-finals' losers play for third place.</param>
/// <param name="GrandFinal">Double elimination: reset (a second final if the losers' side champion wins the first) or single.</param>
/// <param name="DoubleRoundRobin">Round robin: every pair meets twice, home and away.</param>
/// <param name="Rounds">Swiss: the rounds to play (1 to entrants - 1).</param>
/// <param name="Points">What a win, a draw, a loss and a bye are worth in standings.</param>
/// <param name="TieBreaks">Round robin and Swiss: the tie-breaks in the order they apply (buchholz, sonneborn_berger, head_to_head), then a recorded drawing of lots.</param>
public sealed record TournamentSettingsResponse(
    string Format,
    int Capacity,
    int MinimumRoster,
    int ConfirmationWindowHours,
    bool ThirdPlaceMatch,
    string? GrandFinal,
    bool DoubleRoundRobin,
    int? Rounds,
    TournamentPoints Points,
    IReadOnlyList<string> TieBreaks);

/// <summary>Points in standings, as set and as shown.</summary>
/// <param name="Win">For a win (3 by default).</param>
/// <param name="Draw">For a draw (1).</param>
/// <param name="Loss">For a loss (0).</param>
/// <param name="Bye">For a round sat out (3).</param>
public sealed record TournamentPoints(decimal Win, decimal Draw, decimal Loss, decimal Bye);

/// <summary>A team's entry.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="TeamId">The team.</param>
/// <param name="CaptainId">The captain who entered it and acts for it.</param>
/// <param name="Status">pending, accepted, waitlisted, rejected or withdrawn.</param>
/// <param name="Seed">Its seed once accepted (1 = the favourite); null otherwise.</param>
/// <param name="EnteredAt">When it was sent (UTC).</param>
/// <param name="DecidedAt">When it was accepted, waitlisted, rejected or withdrawn (UTC).</param>
public sealed record EntryResponse(Guid Id, Guid TeamId, Guid CaptainId, string Status, int? Seed, DateTimeOffset EnteredAt, DateTimeOffset? DecidedAt);

/// <summary>The names clients write for formats, states, entry statuses, grand finals and tie-breaks.</summary>
public static class TournamentNames
{
    public static readonly IReadOnlyList<string> Formats = [.. Enum.GetValues<TournamentFormat>().Select(format => SnakeCase(format))];

    public static readonly IReadOnlyList<string> States = [.. Enum.GetValues<TournamentState>().Select(state => SnakeCase(state))];

    public static readonly IReadOnlyList<string> TieBreaks = [.. Enum.GetValues<TieBreak>().Select(tieBreak => SnakeCase(tieBreak))];

    public static readonly IReadOnlyList<string> GrandFinals = ["reset", "single"];

    public static string Of(GrandFinalFormat grandFinal) => grandFinal == GrandFinalFormat.Reset ? "reset" : "single";

    public static GrandFinalFormat? GrandFinalFrom(string? name) => name switch
    {
        "reset" => GrandFinalFormat.Reset,
        "single" => GrandFinalFormat.SingleMatch,
        _ => null,
    };

    public static T? From<T>(string? name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(value => SnakeCase(value!.Value) == name);

    public static string SnakeCase<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((character, index) =>
            char.IsUpper(character) && index > 0 ? "_" + char.ToLowerInvariant(character) : char.ToLowerInvariant(character).ToString()));
}

internal sealed class TournamentMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Tournament, TournamentResponse>()
            .Map(response => response.State, tournament => TournamentNames.SnakeCase(tournament.State))
            .Map(response => response.AcceptedEntries, tournament => tournament.Entries.Count(entry => entry.Status == EntryStatus.Accepted));
        config.NewConfig<TournamentSettings, TournamentSettingsResponse>()
            .Map(response => response.Format, settings => TournamentNames.SnakeCase(settings.Format))
            .Map(response => response.ConfirmationWindowHours, settings => (int)settings.ConfirmationWindow.TotalHours)
            .Map(response => response.GrandFinal, settings => settings.Format == TournamentFormat.DoubleElimination ? TournamentNames.Of(settings.GrandFinal) : null)
            .Map(response => response.Rounds, settings => settings.SwissRounds)
            .Map(response => response.TieBreaks, settings => settings.TieBreaks.Select(tieBreak => TournamentNames.SnakeCase(tieBreak)).ToList());
        config.NewConfig<TournamentEntry, EntryResponse>()
            .Map(response => response.Status, entry => TournamentNames.SnakeCase(entry.Status));
    }
}
