namespace Platform.Domain.Community.Brackets;

/// <summary>How a decided game of a round robin or Swiss ended, for its home side.</summary>
public enum GameOutcome
{
    HomeWin,
    AwayWin,
    Draw,
}

/// <summary>A decided game between two seeds; a forfeit counts as the win or loss it awarded.</summary>
public sealed record GameResult(int Home, int Away, GameOutcome Outcome)
{
    /// <summary>The winner's seed, or null for a draw.</summary>
    public int? Winner => Outcome switch { GameOutcome.HomeWin => Home, GameOutcome.AwayWin => Away, _ => null };

    public bool Involves(int entrant) => Home == entrant || Away == entrant;

    public int OpponentOf(int entrant) => entrant == Home ? Away : Home;
}

/// <summary>A round's decided games and the seed that sat it out, if any.</summary>
public sealed record PlayedRound(IReadOnlyList<GameResult> Games, int? Bye);

/// <summary>What a win, a draw, a loss and a bye are worth (by default 3, 1, 0 and 3).</summary>
public sealed record PointSystem(decimal Win, decimal Draw, decimal Loss, decimal Bye)
{
    public static readonly PointSystem Default = new(3, 1, 0, 3);

    public decimal For(GameResult game, int entrant) =>
        game.Winner is not { } winner ? Draw : winner == entrant ? Win : Loss;

    /// <summary>An entrant's points over the rounds played.</summary>
    public decimal Total(IEnumerable<PlayedRound> rounds, int entrant) =>
        rounds.Sum(round => (round.Bye == entrant ? Bye : 0) + round.Games.Where(game => game.Involves(entrant)).Sum(game => For(game, entrant)));
}
