using Mapster;
using MapsterMapper;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>A match. Its <see cref="Report"/> only the two teams and those who decide it see.</summary>
/// <param name="Id">The match's id.</param>
/// <param name="HomeTeamId">The home team; null while a tournament match waits for the match that sends it.</param>
/// <param name="AwayTeamId">The away team; null while a tournament match waits for the match that sends it.</param>
/// <param name="Sport">The sport's code.</param>
/// <param name="TournamentId">The tournament whose draw planned it; null for a friendly.</param>
/// <param name="Side">Its side of an elimination bracket: winners, losers, grand_final or third_place; null otherwise.</param>
/// <param name="Round">Its round in the tournament, from 1; null for a friendly.</param>
/// <param name="Number">Its number within the round (and side), from 1, in bracket order; null for a friendly.</param>
/// <param name="PlaygroundId">Where it is played, if at a listed playground.</param>
/// <param name="ScheduledAt">When it starts (UTC); null for a tournament match without a set time, played once ready.</param>
/// <param name="LocalStartTime">When it starts in the playground's time zone, with that zone's offset; null without a playground.</param>
/// <param name="TimeZone">The playground's IANA time zone; null without a playground.</param>
/// <param name="DurationMinutes">How long it lasts, 15 to 300 minutes; null without a set time.</param>
/// <param name="Status">proposed, scheduled, pending, ready, awaiting_confirmation, disputed, completed, forfeit, cancelled or not_needed.</param>
/// <param name="ProposedByTeamId">The side whose proposal (or reschedule) of a friendly the other side answers; null for tournament matches.</param>
/// <param name="ConfirmationDeadline">When a reported result counts as confirmed if nobody answers (UTC).</param>
/// <param name="Result">The final result, once completed.</param>
/// <param name="AutoConfirmed">Whether the result stood at the deadline without an answer.</param>
/// <param name="Report">The result a side reported and waits for the other side on; the teams' and deciders' eyes only.</param>
/// <param name="Version">The version the ETag names.</param>
public sealed record MatchResponse(
    Guid Id,
    Guid? HomeTeamId,
    Guid? AwayTeamId,
    string Sport,
    Guid? TournamentId,
    string? Side,
    int? Round,
    int? Number,
    Guid? PlaygroundId,
    DateTimeOffset? ScheduledAt,
    DateTimeOffset? LocalStartTime,
    string? TimeZone,
    int? DurationMinutes,
    string Status,
    Guid? ProposedByTeamId,
    DateTimeOffset? ConfirmationDeadline,
    MatchResultResponse? Result,
    bool AutoConfirmed,
    MatchReportResponse? Report,
    long Version);

/// <summary>A score and who won it.</summary>
/// <param name="HomeScore">0 to 999.</param>
/// <param name="AwayScore">0 to 999.</param>
/// <param name="WinnerTeamId">The winner; null for a draw.</param>
/// <param name="DecidedBy">regular, extra_time or penalties.</param>
public sealed record MatchResultResponse(int HomeScore, int AwayScore, Guid? WinnerTeamId, string DecidedBy);

/// <summary>A reported result waiting for the other side.</summary>
/// <param name="ReportedByTeamId">The side that reported it.</param>
/// <param name="Result">What it reported.</param>
/// <param name="Lineup">Its lineup.</param>
/// <param name="ReportedAt">When (UTC).</param>
public sealed record MatchReportResponse(Guid ReportedByTeamId, MatchResultResponse Result, IReadOnlyList<Guid> Lineup, DateTimeOffset ReportedAt);

/// <summary>One step in a match's life.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="ActorId">Who did it; null for the platform (a result confirmed at its deadline).</param>
/// <param name="Action">proposed, accepted, declined, cancelled, rescheduled, reported, disputed or completed.</param>
/// <param name="Details">What changed, in words (a time, a score, a reason).</param>
public sealed record MatchHistoryEntryResponse(DateTimeOffset At, Guid? ActorId, string Action, string Details);

/// <summary>A page of matches by start time (a tournament match without one by when it was drawn); <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record MatchPage(IReadOnlyList<MatchResponse> Items, string? NextCursor);

/// <summary>The names of statuses and ways of deciding as clients write them.</summary>
public static class MatchNames
{
    public static readonly IReadOnlyList<string> Statuses = [.. Enum.GetValues<MatchStatus>().Select(Of)];

    public static readonly IReadOnlyList<string> DecidedBy = [.. Enum.GetValues<DecidedBy>().Select(Of)];

    public static string Of(MatchStatus status) => SnakeCase(status.ToString());

    public static string Of(DecidedBy decidedBy) => SnakeCase(decidedBy.ToString());

    public static string Of(BracketSide side) => SnakeCase(side.ToString());

    public static MatchStatus? StatusFrom(string? name) => Enum.GetValues<MatchStatus>().Cast<MatchStatus?>().FirstOrDefault(status => Of(status!.Value) == name);

    public static DecidedBy? DecidedByFrom(string? name) => Enum.GetValues<DecidedBy>().Cast<DecidedBy?>().FirstOrDefault(way => Of(way!.Value) == name);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((character, index) => char.IsUpper(character) && index > 0 ? "_" + char.ToLowerInvariant(character) : char.ToLowerInvariant(character).ToString()));
}

/// <summary>A match maps for one viewer at one playground: the local time needs the zone, the report the viewer's right to see it (ADR 30).</summary>
internal static class MatchViewer
{
    private const string ZoneParameter = "zone";
    private const string SeesReportParameter = "seesReport";

    public static string? Zone => MapContext.Current!.Parameters[ZoneParameter] as string;

    public static bool SeesReport => (bool)MapContext.Current!.Parameters[SeesReportParameter];

    public static MatchResponse MapFor(this IMapper mapper, Match match, string? zone, bool seesReport) =>
        mapper.From(match).AddParameters(ZoneParameter, zone!).AddParameters(SeesReportParameter, seesReport).AdaptToType<MatchResponse>();

    public static DateTimeOffset? LocalStart(DateTimeOffset? start) =>
        Zone is { } zone && start is { } instant ? TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)) : null;
}

internal sealed class MatchMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<MatchResult, MatchResultResponse>().Map(response => response.DecidedBy, result => MatchNames.Of(result.DecidedBy));
        config.NewConfig<Match, MatchResponse>()
            .Map(response => response.Status, match => MatchNames.Of(match.Status))
            .Map(response => response.Side, match => match.Side == null ? null : MatchNames.Of(match.Side.Value))
            .Map(response => response.TimeZone, _ => MatchViewer.Zone)
            .Map(response => response.LocalStartTime, match => MatchViewer.LocalStart(match.ScheduledAt))
            .Map(response => response.Report, match => MatchViewer.SeesReport ? match.Report : null);
    }
}
