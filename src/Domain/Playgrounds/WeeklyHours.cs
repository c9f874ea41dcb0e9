namespace Platform.Domain.Playgrounds;

/// <summary>
/// Whether a stretch of real time lies within a playground's weekly opening hours, read in its time zone. Each local
/// opening is turned into the instants it covers on the dates concerned, so a day that is 23 or 25 hours long (the
/// switch to or from summer time) counts as the clock on the wall says: an opening time that the clock skips begins
/// when the clock jumps, a time it passes twice opens at the first and closes at the second.
/// </summary>
public static class WeeklyHours
{
    public const int MaxIntervals = 28;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="start"/> + <paramref name="duration"/>) is open throughout.</summary>
    public static bool Covers(IReadOnlyCollection<OpeningInterval> week, TimeZoneInfo zone, DateTimeOffset start, TimeSpan duration)
    {
        var end = start + duration;
        var firstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime).AddDays(-1);
        var lastDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime);
        var open = new List<(DateTimeOffset From, DateTimeOffset To)>();
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            foreach (var interval in week.Where(interval => interval.Day == date.DayOfWeek))
            {
                var midnight = date.ToDateTime(TimeOnly.MinValue);
                open.Add((ToInstant(midnight.AddMinutes(interval.OpensMinute), zone, earliest: true),
                    ToInstant(midnight.AddMinutes(interval.ClosesMinute), zone, earliest: false)));
            }
        }

        // Walk the open stretches in order from the start; a gap before the end means closed at some moment.
        var reached = start;
        foreach (var (from, to) in open.OrderBy(stretch => stretch.From))
        {
            if (from > reached)
            {
                break;
            }

            if (to > reached)
            {
                reached = to;
            }

            if (reached >= end)
            {
                return true;
            }
        }

        return reached >= end;
    }

    /// <summary>The instant a wall-clock time of the zone names: skipped times at the jump, repeated ones the first or last time.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone, bool earliest)
    {
        if (zone.IsInvalidTime(local))
        {
            // In the hour the clock skips: the moment the clock jumps, which is the same instant whichever edge is asked.
            var probe = local;
            while (zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe, zone.GetUtcOffset(probe)).ToUniversalTime();
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var offset = earliest ? offsets.Max() : offsets.Min();
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
