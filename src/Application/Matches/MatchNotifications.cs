using System.Globalization;
using Platform.Application.Common.Outbox;
using Platform.Application.Matches.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Matches;

/// <summary>
/// The notifications of the matches module: a match proposed, a result awaiting your confirmation, a dispute, a
/// decision, your next tournament match set, its kickoff set.
/// </summary>
internal sealed class MatchNotificationTypes : INotificationTypes
{
    public const string Proposed = "matches.proposed";
    public const string AwaitingConfirmation = "matches.awaiting-confirmation";
    public const string Disputed = "matches.disputed";
    public const string Decided = "matches.decided";
    public const string NextMatchSet = "matches.next-match-set";
    public const string KickoffSet = "matches.kickoff-set";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(Proposed, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Match proposed", "A team proposes a match to a team you captain.",
                values => $"{values["home"]} proposes a match against {values["away"]}",
                values => $"{values["home"]} proposes to play {values["away"]} on {values["when"]} (UTC). Accept or decline it in the match."),
            new("Предложен матч", "Команда предлагает матч команде, которой вы капитан.",
                values => $"{values["home"]} предлагает матч против {values["away"]}",
                values => $"{values["home"]} предлагает сыграть с {values["away"]} {values["when"]} (UTC). Примите или отклоните предложение в матче.")),
        new(new NotificationKind(AwaitingConfirmation, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Result awaiting your confirmation", "The other team reported a result for you to confirm or dispute.",
                values => $"Confirm the result of {values["home"]} – {values["away"]}",
                values => $"The result of {values["home"]} – {values["away"]} was reported. Confirm or dispute it by {values["deadline"]} (UTC); after that it stands."),
            new("Подтвердите результат", "Соперник сообщил результат, который нужно подтвердить или оспорить.",
                values => $"Подтвердите результат {values["home"]} – {values["away"]}",
                values => $"Сообщён результат матча {values["home"]} – {values["away"]}. Подтвердите или оспорьте его до {values["deadline"]} (UTC); после этого он будет засчитан.")),
        new(new NotificationKind(Disputed, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Match disputed", "A result of your team's match is disputed.",
                values => $"{values["home"]} – {values["away"]}: result disputed",
                values => $"The reported result of {values["home"]} – {values["away"]} is disputed: {values["reason"]}. A moderator (in a tournament, its organisers) will decide."),
            new("Результат оспорен", "Результат матча вашей команды оспорен.",
                values => $"{values["home"]} – {values["away"]}: результат оспорен",
                values => $"Результат матча {values["home"]} – {values["away"]} оспорен: {values["reason"]}. Решение примет модератор (в турнире — его организаторы).")),
        new(new NotificationKind(Decided, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Decision made", "A moderator (in a tournament, an organiser) decided the result of your team's match.",
                values => $"{values["home"]} – {values["away"]}: {values["score"]} decided",
                values => $"The result of {values["home"]} – {values["away"]} was decided: {values["score"]}. The decision is final."),
            new("Принято решение", "Модератор (в турнире — организатор) определил результат матча вашей команды.",
                values => $"{values["home"]} – {values["away"]}: решение {values["score"]}",
                values => $"Результат матча {values["home"]} – {values["away"]} определён: {values["score"]}. Решение окончательное.")),
        new(new NotificationKind(NextMatchSet, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Your next match is set", "Your team's next tournament match has both its teams.",
                values => $"Next: {values["home"]} – {values["away"]}",
                values => $"Your next tournament match is set: {values["home"]} – {values["away"]}. Play it and report the result in the match."),
            new("Следующий матч определён", "У следующего матча вашей команды в турнире известны обе команды.",
                values => $"Следующий матч: {values["home"]} – {values["away"]}",
                values => $"Определён ваш следующий матч турнира: {values["home"]} – {values["away"]}. Сыграйте его и сообщите результат в матче.")),
        new(new NotificationKind(KickoffSet, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Kickoff set", "The organisers set or moved the kickoff of your team's tournament match.",
                values => $"{values["home"]} – {values["away"]}: kickoff {values["when"]} (UTC)",
                values => $"The organisers set the kickoff of {values["home"]} – {values["away"]} for {values["when"]} (UTC). Report the result after the match."),
            new("Назначено время матча", "Организаторы назначили или перенесли время матча вашей команды в турнире.",
                values => $"{values["home"]} – {values["away"]}: начало {values["when"]} (UTC)",
                values => $"Организаторы назначили матч {values["home"]} – {values["away"]} на {values["when"]} (UTC). Сообщите результат после игры.")),
    ];
}

/// <summary>Turns the matches module's messages into notifications of the captains they concern, in their language.</summary>
internal sealed class MatchNotifications(INotifier notifier, ITeamDirectory teams)
    : IOutboxConsumer<MatchProposedV1>, IOutboxConsumer<MatchResultReportedV1>, IOutboxConsumer<MatchDisputedV1>, IOutboxConsumer<MatchCompletedV1>,
        IOutboxConsumer<MatchReadyV1>, IOutboxConsumer<MatchKickoffSetV1>
{
    public async Task ConsumeAsync(MatchKickoffSetV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        var values = new Dictionary<string, string>
        {
            ["home"] = NameOf(home), ["away"] = NameOf(away), ["when"] = message.ScheduledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };
        await NotifyCaptainsAsync(home, away, MatchNotificationTypes.KickoffSet, values, except: null, cancellationToken);
    }

    public async Task ConsumeAsync(MatchReadyV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        var values = new Dictionary<string, string> { ["home"] = NameOf(home), ["away"] = NameOf(away) };
        foreach (var captain in new[] { home?.CaptainId, away?.CaptainId }.OfType<Guid>().Distinct())
        {
            await notifier.NotifyAsync(captain, MatchNotificationTypes.NextMatchSet, values, cancellationToken);
        }
    }

    public async Task ConsumeAsync(MatchProposedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        await notifier.NotifyAsync(message.AnsweringCaptainId, MatchNotificationTypes.Proposed, new Dictionary<string, string>
        {
            ["home"] = NameOf(home), ["away"] = NameOf(away), ["when"] = message.ScheduledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        }, cancellationToken);
    }

    public async Task ConsumeAsync(MatchResultReportedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        var confirming = message.ConfirmingTeamId == message.HomeTeamId ? home : away;
        if (confirming is not null)
        {
            await notifier.NotifyAsync(confirming.CaptainId, MatchNotificationTypes.AwaitingConfirmation, new Dictionary<string, string>
            {
                ["home"] = NameOf(home), ["away"] = NameOf(away), ["deadline"] = message.Deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }, cancellationToken);
        }
    }

    public async Task ConsumeAsync(MatchDisputedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        var values = new Dictionary<string, string> { ["home"] = NameOf(home), ["away"] = NameOf(away), ["reason"] = message.Reason };
        await NotifyCaptainsAsync(home, away, MatchNotificationTypes.Disputed, values, except: message.ActorId, cancellationToken);
    }

    public async Task ConsumeAsync(MatchCompletedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (!message.ByDecision)
        {
            return;
        }

        var (home, away) = await TeamsAsync(message.HomeTeamId, message.AwayTeamId, cancellationToken);
        var values = new Dictionary<string, string> { ["home"] = NameOf(home), ["away"] = NameOf(away), ["score"] = $"{message.HomeScore}:{message.AwayScore}" };
        await NotifyCaptainsAsync(home, away, MatchNotificationTypes.Decided, values, except: null, cancellationToken);
    }

    private async Task NotifyCaptainsAsync(TeamCard? home, TeamCard? away, string type, Dictionary<string, string> values, Guid? except, CancellationToken cancellationToken)
    {
        foreach (var captain in new[] { home?.CaptainId, away?.CaptainId }.OfType<Guid>().Distinct().Where(captain => captain != except))
        {
            await notifier.NotifyAsync(captain, type, values, cancellationToken);
        }
    }

    /// <summary>Both teams as they are now; null for a side not known yet or a team deleted since.</summary>
    private async Task<(TeamCard? Home, TeamCard? Away)> TeamsAsync(Guid? homeTeamId, Guid? awayTeamId, CancellationToken cancellationToken) =>
        (homeTeamId is { } home ? await teams.FindAsync(home, cancellationToken) : null, awayTeamId is { } away ? await teams.FindAsync(away, cancellationToken) : null);

    private static string NameOf(TeamCard? team) => team?.Name ?? "—";
}
