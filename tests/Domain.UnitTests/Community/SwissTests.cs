using CsCheck;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class SwissTests
{
    /// <summary>The vectors' scoring: a win 1, a draw a half, a bye 1.</summary>
    private static readonly PointSystem Chess = new(1, 0.5m, 0, 1);

    [Fact]
    public void Eight_favourites_are_paired_scored_and_tie_broken_as_the_vectors_example()
    {
        var example = BracketVectors.Swiss.GetProperty("example_favourites_win");
        var played = PlayRounds(8, 3, Chess, (home, away) => home < away ? GameOutcome.HomeWin : GameOutcome.AwayWin);

        Assert.Equal(
            [.. example.GetProperty("rounds").EnumerateArray().Select(BracketVectors.Pairs)],
            played.Select(round => string.Join(" ", round.Games.Select(game => $"{game.Home}-{game.Away}"))));
        var standings = Standings.Of(8, played, Chess, [TieBreak.Buchholz, TieBreak.SonnebornBerger], lots: []);
        foreach (var standing in standings)
        {
            var seed = standing.Entrant.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(example.GetProperty("final_scores").GetProperty(seed).GetDecimal(), standing.Points);
            Assert.Equal(example.GetProperty("buchholz").GetProperty(seed).GetDecimal(), standing.TieBreaks[0]);
            Assert.Equal(example.GetProperty("sonneborn_berger").GetProperty(seed).GetDecimal(), standing.TieBreaks[1]);
        }
    }

    [Fact]
    public void The_first_round_pairs_the_top_half_with_the_bottom_half_and_an_odd_field_gives_the_last_seed_the_bye()
    {
        var seven = SwissPairing.Next(7, [], PointSystem.Default).Value;

        Assert.Equal([(1, 5), (2, 6), (3, 7), (4, 8)], SwissPairing.Next(8, [], PointSystem.Default).Value.Pairings);
        Assert.Equal(7, seven.Bye);
        Assert.Equal([(1, 4), (2, 5), (3, 6)], seven.Pairings);
    }

    [Fact]
    public void A_round_that_would_need_a_rematch_cannot_be_paired()
    {
        var played = new[] { new PlayedRound([new GameResult(1, 2, GameOutcome.HomeWin)], null) };

        Assert.Equal(CommunityErrors.SwissPairingImpossible, SwissPairing.Next(2, played, PointSystem.Default).Error);
    }

    [Fact]
    public void A_withdrawn_entrant_is_paired_no_more_and_the_odd_field_left_gives_the_lowest_ranked_the_bye()
    {
        var played = new List<PlayedRound>
        {
            new([.. SwissPairing.Next(8, [], Chess).Value.Pairings.Select(pair => new GameResult(pair.Home, pair.Away, GameOutcome.HomeWin))], null),
        };

        var next = SwissPairing.Next(8, played, Chess, withdrawn: new HashSet<int> { 2 }).Value;

        Assert.Equal(8, next.Bye); // the lowest-ranked of the seven left, with 0 points
        Assert.DoesNotContain(next.Pairings, pair => pair.Home == 2 || pair.Away == 2);
        Assert.Equal(3, next.Pairings.Count);
        Assert.Equal(CommunityErrors.TooFewEntrants, SwissPairing.Next(2, [], Chess, withdrawn: new HashSet<int> { 1 }).Error);
    }

    [Fact]
    public void The_search_gives_up_past_its_budget_rather_than_pinning_a_core()
    {
        // Round 3 needs a float: 1 has met 2 and 3, so it goes down to meet 4.
        PlayedRound[] played =
        [
            new([new GameResult(1, 3, GameOutcome.HomeWin), new GameResult(2, 4, GameOutcome.HomeWin)], null),
            new([new GameResult(1, 2, GameOutcome.HomeWin), new GameResult(3, 4, GameOutcome.HomeWin)], null),
        ];

        Assert.Equal([(1, 4), (2, 3)], SwissPairing.Next(4, played, PointSystem.Default).Value.Pairings.OrderBy(pair => pair.Home));
        Assert.Equal(CommunityErrors.SwissPairingImpossible, SwissPairing.Next(4, played, PointSystem.Default, searchBudget: 2).Error);
    }

    [Fact]
    public void Ties_are_broken_head_to_head_among_the_tied_and_then_by_the_recorded_lots()
    {
        // 1 beat 2, 2 beat 3, 3 beat 1: all on 3 points, head to head 3 each; 4 lost everything.
        PlayedRound[] rounds =
        [
            new([new GameResult(1, 2, GameOutcome.HomeWin), new GameResult(3, 4, GameOutcome.HomeWin)], null),
            new([new GameResult(2, 3, GameOutcome.HomeWin), new GameResult(1, 4, GameOutcome.HomeWin)], null),
            new([new GameResult(3, 1, GameOutcome.HomeWin), new GameResult(2, 4, GameOutcome.HomeWin)], null),
        ];

        var standings = Standings.Of(4, rounds, PointSystem.Default, [TieBreak.HeadToHead], lots: [2, 3, 1, 4]);

        Assert.Equal([2, 3, 1, 4], standings.Select(standing => standing.Entrant));
        Assert.Equal([6m, 6m, 6m, 0m], standings.Select(standing => standing.Points));
        Assert.Equal([3m, 3m, 3m, 0m], standings.Select(standing => standing.TieBreaks[0]));
        Assert.Equal([1, 2, 3, 4], standings.Select(standing => standing.Rank));
    }

    /// <summary>
    /// Any Swiss of 4 to 16 over 3 rounds with draws, tie-broken by Sonneborn-Berger then head-to-head: every group of
    /// entrants tied on points and Sonneborn-Berger as numbers (a draw with each of two 3-point opponents, 1.5 + 1.5,
    /// ties with a win over one, 3) gets its points among themselves, and the order follows.
    /// </summary>
    [Fact]
    public void Head_to_head_counts_among_every_group_tied_on_the_numbers_before_it() =>
        Gen.Select(Gen.Int[4, 16], Gen.Int).Sample((entrants, seed) =>
        {
            var random = new Random(seed);
            var rounds = PlayRounds(entrants, 3, Chess, (_, _) => (GameOutcome)random.Next(3));

            var standings = Standings.Of(entrants, rounds, Chess, [TieBreak.SonnebornBerger, TieBreak.HeadToHead], lots: []);

            foreach (var tied in standings.GroupBy(standing => (standing.Points, standing.TieBreaks[0])).Where(group => group.Count() > 1))
            {
                var among = tied.Select(standing => standing.Entrant).ToHashSet();
                Assert.All(tied, standing => Assert.Equal(
                    rounds.SelectMany(round => round.Games).Where(game => game.Involves(standing.Entrant) && among.Contains(game.OpponentOf(standing.Entrant)))
                        .Sum(game => Chess.For(game, standing.Entrant)),
                    standing.TieBreaks[1]));
            }

            Assert.Equal(standings.OrderByDescending(standing => standing.Points).ThenByDescending(standing => standing.TieBreaks[0]).ThenByDescending(standing => standing.TieBreaks[1]), standings);
        }, iter: 500);

    /// <summary>
    /// Any field of 2 to 128 and any decisive results, for as many rounds as the field has binary digits: every round
    /// pairs everyone once but the bye, no pair meets twice, and nobody has two byes, each to the lowest-ranked entrant
    /// who had none.
    /// </summary>
    [Fact]
    public void Any_field_is_paired_without_rematches_or_second_byes() =>
        Gen.Select(Gen.Int[2, 128], Gen.Int).Sample((entrants, seed) =>
        {
            var random = new Random(seed);
            var rounds = Math.Min(entrants - 1, int.Log2(entrants) + 1);
            var played = PlayRounds(entrants, rounds, PointSystem.Default, (_, _) => random.Next(2) == 0 ? GameOutcome.HomeWin : GameOutcome.AwayWin);

            var pairs = played.SelectMany(round => round.Games).Select(game => (Math.Min(game.Home, game.Away), Math.Max(game.Home, game.Away))).ToList();
            Assert.Equal(pairs.Count, pairs.Distinct().Count());
            Assert.All(played, round => Assert.Equal(
                Enumerable.Range(1, entrants),
                round.Games.SelectMany(game => new[] { game.Home, game.Away }).Concat(round.Bye is { } bye ? [bye] : []).Order()));
            var byes = played.Select(round => round.Bye).OfType<int>().ToList();
            Assert.Equal(entrants % 2 == 0 ? 0 : rounds, byes.Count);
            Assert.Equal(byes.Count, byes.Distinct().Count());
        }, iter: 150);

    /// <summary>Eight entrants, any decisive results: rounds 2 and 3 pair equal scores, and three rounds leave scores 3, 2, 2, 2, 1, 1, 1, 0.</summary>
    [Fact]
    public void Eight_entrants_with_decisive_results_meet_equal_scores_and_end_binomially() =>
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var played = PlayRounds(8, 3, Chess, (_, _) => random.Next(2) == 0 ? GameOutcome.HomeWin : GameOutcome.AwayWin);

            for (var round = 1; round < 3; round++)
            {
                var before = played.Take(round).ToList();
                Assert.All(played[round].Games, game => Assert.Equal(Chess.Total(before, game.Home), Chess.Total(before, game.Away)));
            }

            Assert.Equal([3m, 2m, 2m, 2m, 1m, 1m, 1m, 0m], Enumerable.Range(1, 8).Select(entrant => Chess.Total(played, entrant)).OrderDescending());
        }, iter: 100);

    private static List<PlayedRound> PlayRounds(int entrants, int rounds, PointSystem points, Func<int, int, GameOutcome> outcome)
    {
        var played = new List<PlayedRound>();
        for (var round = 0; round < rounds; round++)
        {
            var next = SwissPairing.Next(entrants, played, points).Value;
            played.Add(new PlayedRound([.. next.Pairings.Select(pair => new GameResult(pair.Home, pair.Away, outcome(pair.Home, pair.Away)))], next.Bye));
        }

        return played;
    }
}
