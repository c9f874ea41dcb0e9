namespace Platform.Domain.Community.Brackets;

/// <summary>The bracket formats a tournament can be played in.</summary>
public enum TournamentFormat
{
    SingleElimination,
    DoubleElimination,
    RoundRobin,
    Swiss,
}

/// <summary>
/// How a tournament is played (issue 18): its format and the format's options, points and tie-breaks for the formats
/// with standings, capacity, the roster an entry needs, and how long a reported result waits for confirmation. The
/// bounds are checked once, here; a validator may check the same bounds early to name the field.
/// </summary>
public sealed record TournamentSettings
{
    /// <summary>The largest field, and so the most seeds a seeding lists.</summary>
    public const int MaxCapacity = BracketBuilder.MaxEntrants;

    public const int MaxMinimumRoster = 100;

    public const int MaxConfirmationWindowHours = 7 * 24;

    public static readonly Bounds<int> CapacityBounds = new(2, MaxCapacity);

    public static readonly Bounds<int> MinimumRosterBounds = new(1, MaxMinimumRoster);

    public static readonly Bounds<decimal> PointBounds = new(-100, 100);

    public static readonly Bounds<TimeSpan> ConfirmationWindowBounds = new(TimeSpan.FromHours(1), TimeSpan.FromHours(MaxConfirmationWindowHours));

    private TournamentSettings()
    {
    }

    public TournamentFormat Format { get; private init; }

    /// <summary>Single elimination: a match for third place between the semi-finals' losers.</summary>
    public bool ThirdPlaceMatch { get; private init; }

    /// <summary>Double elimination: how the grand final ends.</summary>
    public GrandFinalFormat GrandFinal { get; private init; }

    /// <summary>Round robin: every pair meets twice, home and away.</summary>
    public bool DoubleRoundRobin { get; private init; }

    /// <summary>Swiss: the rounds to play, 1 to N - 1 for N entrants (at most capacity - 1; checked again at the start, when N is known).</summary>
    public int? SwissRounds { get; private init; }

    public PointSystem Points { get; private init; } = PointSystem.Default;

    public IReadOnlyList<TieBreak> TieBreaks { get; private init; } = [];

    public int Capacity { get; private init; }

    public int MinimumRoster { get; private init; }

    public TimeSpan ConfirmationWindow { get; private init; }

    public static Result<TournamentSettings> Create(
        TournamentFormat format, int capacity, int minimumRoster, TimeSpan confirmationWindow, bool thirdPlaceMatch = false,
        GrandFinalFormat grandFinal = GrandFinalFormat.Reset, bool doubleRoundRobin = false, int? swissRounds = null,
        PointSystem? points = null, IReadOnlyList<TieBreak>? tieBreaks = null)
    {
        var errors = new Dictionary<string, string[]>();
        void Refuse(string field, string message) => errors[field] = [message];

        if (!CapacityBounds.Allows(capacity))
        {
            Refuse("capacity", $"Between {CapacityBounds.Min} and {CapacityBounds.Max} entries.");
        }

        if (!MinimumRosterBounds.Allows(minimumRoster))
        {
            Refuse("minimumRoster", $"Between {MinimumRosterBounds.Min} and {MinimumRosterBounds.Max} players.");
        }

        if (!ConfirmationWindowBounds.Allows(confirmationWindow))
        {
            Refuse("confirmationWindow", "Between 1 hour and 7 days.");
        }

        if (thirdPlaceMatch && format != TournamentFormat.SingleElimination)
        {
            Refuse("thirdPlaceMatch", "Only single elimination has a third-place match.");
        }

        if (doubleRoundRobin && format != TournamentFormat.RoundRobin)
        {
            Refuse("double", "Only a round robin can be played twice.");
        }

        if (format == TournamentFormat.Swiss ? swissRounds is not >= 1 : swissRounds is not null)
        {
            Refuse("rounds", format == TournamentFormat.Swiss ? "A Swiss has at least 1 round." : "Only a Swiss has a number of rounds.");
        }

        var scoring = points ?? PointSystem.Default;
        if (new[] { scoring.Win, scoring.Draw, scoring.Loss, scoring.Bye }.Any(value => !PointBounds.Allows(value)) || scoring.Win < scoring.Draw || scoring.Draw < scoring.Loss)
        {
            Refuse("points", "Each between -100 and 100, and a win worth at least a draw, a draw at least a loss.");
        }

        var standings = format is TournamentFormat.RoundRobin or TournamentFormat.Swiss;
        var order = tieBreaks ?? DefaultTieBreaks(format);
        if (order.Distinct().Count() != order.Count || (!standings && order.Count > 0))
        {
            Refuse("tieBreaks", standings ? "Each tie-break at most once." : "Only a round robin or a Swiss has standings to break ties in.");
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        // N entries play at most N - 1 rounds: more than capacity - 1 can never start (checked again at the start).
        if (swissRounds >= capacity)
        {
            return CommunityErrors.SwissRoundsTooMany;
        }

        return new TournamentSettings
        {
            Format = format,
            ThirdPlaceMatch = thirdPlaceMatch,
            GrandFinal = grandFinal,
            DoubleRoundRobin = doubleRoundRobin,
            SwissRounds = swissRounds,
            Points = scoring,
            TieBreaks = order,
            Capacity = capacity,
            MinimumRoster = minimumRoster,
            ConfirmationWindow = confirmationWindow,
        };
    }

    /// <summary>
    /// The tie-breaks when none are declared: a Swiss's usual Buchholz, then Sonneborn-Berger, then head-to-head; a round
    /// robin's head-to-head, then Sonneborn-Berger (everyone met everyone, so Buchholz tells nothing); none for a bracket.
    /// An empty list declared leaves ties to the drawing of lots.
    /// </summary>
    public static IReadOnlyList<TieBreak> DefaultTieBreaks(TournamentFormat format) => format switch
    {
        TournamentFormat.Swiss => [TieBreak.Buchholz, TieBreak.SonnebornBerger, TieBreak.HeadToHead],
        TournamentFormat.RoundRobin => [TieBreak.HeadToHead, TieBreak.SonnebornBerger],
        _ => [],
    };

    /// <summary>Whether the accepted entries can start this tournament: at least 2, and a Swiss needs more entries than rounds.</summary>
    public Error? RefusalToStart(int entries) =>
        entries < 2 ? CommunityErrors.TooFewEntrants
        : Format == TournamentFormat.Swiss && SwissRounds >= entries ? CommunityErrors.SwissRoundsTooMany
        : Format == TournamentFormat.SingleElimination && ThirdPlaceMatch && entries < 4 ? CommunityErrors.ThirdPlaceNeedsFourEntrants
        : null;
}
