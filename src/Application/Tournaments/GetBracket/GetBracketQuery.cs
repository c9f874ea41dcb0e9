using Platform.Application.Common.Caching;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.GetBracket;

/// <summary>
/// A started tournament's draw: an elimination bracket's first-round slots (byes included) and every match with where
/// its sides come from; a round robin's or Swiss's games round by round with each round's bye.
/// </summary>
public sealed record GetBracketQuery(Guid Id) : ICachedQuery<BracketResponse>
{
    public string CacheKey => $"tournaments:GetBracket:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [TournamentsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(10);
}

/// <summary>A tournament's draw.</summary>
/// <param name="TournamentId">The tournament.</param>
/// <param name="Format">single_elimination, double_elimination, round_robin or swiss.</param>
/// <param name="Slots">Elimination: the first round's slots top to bottom, pairs 1–2, 3–4 …; a bye is a slot, never a match. Empty otherwise.</param>
/// <param name="Matches">Every match drawn so far, by side, round and number.</param>
/// <param name="Byes">Round robin and Swiss: who sits out each round drawn so far.</param>
public sealed record BracketResponse(Guid TournamentId, string Format, IReadOnlyList<BracketSlotResponse> Slots, IReadOnlyList<BracketMatchResponse> Matches, IReadOnlyList<ByeResponse> Byes);

/// <summary>A first-round slot: a seed's entry, or a bye (the other slot of its pair goes through).</summary>
/// <param name="Position">1 = the top slot.</param>
/// <param name="Seed">The seed; null for a bye.</param>
/// <param name="EntryId">The seed's entry; null for a bye.</param>
/// <param name="TeamId">The seed's team; null for a bye.</param>
public sealed record BracketSlotResponse(int Position, int? Seed, Guid? EntryId, Guid? TeamId);

/// <summary>A match of the draw.</summary>
/// <param name="MatchId">The match (read, report and confirm it under /api/v1/matches).</param>
/// <param name="Side">winners, losers, grand_final or third_place; null for round robin and Swiss games.</param>
/// <param name="Round">From 1.</param>
/// <param name="Number">From 1 within the side and round, in bracket order.</param>
/// <param name="Status">pending, ready, awaiting_confirmation, disputed, completed, forfeit or not_needed.</param>
/// <param name="Home">Where the home side comes from and who it is.</param>
/// <param name="Away">Where the away side comes from and who it is.</param>
/// <param name="HomeScore">Once decided.</param>
/// <param name="AwayScore">Once decided.</param>
/// <param name="WinnerTeamId">Once decided; null for a draw.</param>
public sealed record BracketMatchResponse(
    Guid MatchId, string? Side, int Round, int Number, string Status, BracketSideResponse Home, BracketSideResponse Away, int? HomeScore, int? AwayScore, Guid? WinnerTeamId);

/// <summary>One side of a match: a seed, or the winner or loser of an earlier match (its feeder edge).</summary>
/// <param name="Source">seed, winner_of or loser_of.</param>
/// <param name="Seed">The seed, for a seed's side, or once the feeder sent it.</param>
/// <param name="FromMatchId">The feeder match, for winner_of and loser_of.</param>
/// <param name="TeamId">The team, once known.</param>
public sealed record BracketSideResponse(string Source, int? Seed, Guid? FromMatchId, Guid? TeamId);

/// <summary>A round's bye.</summary>
/// <param name="Round">The round.</param>
/// <param name="Seed">Who sits it out (scoring the bye's points).</param>
/// <param name="TeamId">Its team.</param>
public sealed record ByeResponse(int Round, int Seed, Guid TeamId);

internal sealed class GetBracketHandler(ITournamentRepository tournaments, ITournamentMatches matches)
    : IRequestHandler<GetBracketQuery, Result<BracketResponse>>
{
    public async Task<Result<BracketResponse>> Handle(GetBracketQuery request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (tournament.State is TournamentState.Draft or TournamentState.Registration)
        {
            return TournamentsErrors.NotStarted;
        }

        var field = tournament.Seeded;
        var format = TournamentNames.SnakeCase(tournament.Settings.Format);
        var cards = await matches.ListAsync(tournament.Id, cancellationToken);
        var seedOf = field.ToDictionary(entry => entry.TeamId, entry => entry.Seed!.Value);
        if (tournament.Settings.Format is TournamentFormat.RoundRobin or TournamentFormat.Swiss)
        {
            var byes = TournamentTable.RoundsOf(field, cards).Select((round, index) => (Round: index + 1, round.Bye))
                .Where(round => round.Bye is not null).Select(round => new ByeResponse(round.Round, round.Bye!.Value, field[round.Bye.Value - 1].TeamId));
            return new BracketResponse(tournament.Id, format, [], [.. cards.Select(card => Game(card, seedOf))], [.. byes]);
        }

        var draw = TournamentDraw.Of(tournament.Settings, field.Count).Value;
        var idOf = cards.ToDictionary(card => new MatchRef(card.Side!.Value, card.Round, card.Number), card => card.Id);
        var slots = draw.FirstRound.SelectMany(pair => new[] { pair.Top, pair.Bottom })
            .Select((slot, index) => slot is BracketSlot.Seed seed
                ? new BracketSlotResponse(index + 1, seed.Number, field[seed.Number - 1].Id, field[seed.Number - 1].TeamId)
                : new BracketSlotResponse(index + 1, null, null, null));
        var planned = draw.Matches.ToDictionary(match => match.Ref!.Value);
        var bracket = cards.Select(card =>
        {
            var plan = planned[new MatchRef(card.Side!.Value, card.Round, card.Number)];
            return Match(card, Side(plan.Home, card.HomeTeamId, seedOf, idOf), Side(plan.Away, card.AwayTeamId, seedOf, idOf));
        });
        return new BracketResponse(tournament.Id, format, [.. slots], [.. bracket], []);
    }

    private static BracketMatchResponse Game(TournamentMatchCard card, Dictionary<Guid, int> seedOf) =>
        Match(card, new BracketSideResponse("seed", seedOf[card.HomeTeamId!.Value], null, card.HomeTeamId), new BracketSideResponse("seed", seedOf[card.AwayTeamId!.Value], null, card.AwayTeamId));

    private static BracketMatchResponse Match(TournamentMatchCard card, BracketSideResponse home, BracketSideResponse away) =>
        new(card.Id, card.Side is { } side ? TournamentNames.SnakeCase(side) : null, card.Round, card.Number, TournamentNames.SnakeCase(card.Status), home, away,
            card.HomeScore, card.AwayScore, card.WinnerTeamId);

    private static BracketSideResponse Side(BracketSlot slot, Guid? teamId, Dictionary<Guid, int> seedOf, Dictionary<MatchRef, Guid> idOf)
    {
        int? seed = teamId is { } team ? seedOf[team] : null;
        return slot switch
        {
            BracketSlot.WinnerOf feeder => new BracketSideResponse("winner_of", seed, idOf[feeder.Match], teamId),
            BracketSlot.LoserOf feeder => new BracketSideResponse("loser_of", seed, idOf[feeder.Match], teamId),
            _ => new BracketSideResponse("seed", seed, null, teamId),
        };
    }
}
