namespace Platform.Domain.Playgrounds;

/// <summary>
/// One stretch of a week in which a playground is open, in its local time: from <see cref="OpensMinute"/> to
/// <see cref="ClosesMinute"/> minutes after the local midnight of <see cref="Day"/> (1440 is the next midnight). A venue
/// open past midnight has two intervals, one up to 24:00 and one from 00:00 the next day; they join.
/// </summary>
public sealed record OpeningInterval(DayOfWeek Day, int OpensMinute, int ClosesMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public bool IsValid => OpensMinute >= 0 && ClosesMinute <= MinutesPerDay && OpensMinute < ClosesMinute && Enum.IsDefined(Day);

    /// <summary>"HH:mm" from 00:00 to 24:00, as clients write it; null when it is not one.</summary>
    public static int? MinuteOf(string? text)
    {
        if (text is not { Length: 5 } || text[2] != ':' || !int.TryParse(text.AsSpan(0, 2), System.Globalization.NumberStyles.None, null, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), System.Globalization.NumberStyles.None, null, out var minutes) || minutes > 59)
        {
            return null;
        }

        var minute = hours * 60 + minutes;
        return minute <= MinutesPerDay ? minute : null;
    }

    public static string TextOf(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
