using Platform.Application.Common.Outbox;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Application.Tournaments.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Tournaments;

/// <summary>
/// The notifications of the tournaments module: to the organisers, an entry received; to the captains, an entry
/// accepted, waitlisted, promoted or rejected, a tournament started.
/// </summary>
internal sealed class TournamentNotificationTypes : INotificationTypes
{
    public const string EntryReceived = "tournaments.entry-received";
    public const string EntryAccepted = "tournaments.entry-accepted";
    public const string EntryRejected = "tournaments.entry-rejected";
    public const string EntryWaitlisted = "tournaments.entry-waitlisted";
    public const string EntryPromoted = "tournaments.entry-promoted";
    public const string Started = "tournaments.started";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(EntryReceived, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Entry received", "A captain entered a team into a tournament you organise.",
                values => $"{values["teamName"]} entered {values["tournamentName"]}",
                values => $"{values["teamName"]} entered {values["tournamentName"]}. Accept or reject the entry among the tournament's entries."),
            new("Новая заявка на турнир", "Капитан заявил команду на турнир, который вы организуете.",
                values => $"{values["teamName"]} подала заявку на турнир {values["tournamentName"]}",
                values => $"Команда {values["teamName"]} подала заявку на турнир {values["tournamentName"]}. Примите или отклоните её в заявках турнира.")),
        new(new NotificationKind(EntryAccepted, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Entry accepted", "A tournament accepted your team's entry.",
                values => $"{values["teamName"]} is in {values["tournamentName"]}",
                values => $"The organisers of {values["tournamentName"]} accepted the entry of {values["teamName"]}: your team is in the field."),
            new("Заявка на турнир принята", "Турнир принял заявку вашей команды.",
                values => $"{values["teamName"]} участвует в турнире {values["tournamentName"]}",
                values => $"Организаторы турнира {values["tournamentName"]} приняли заявку команды {values["teamName"]}: команда в сетке.")),
        new(new NotificationKind(EntryWaitlisted, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Entry waitlisted", "A full tournament put your team's entry on its waitlist.",
                values => $"{values["teamName"]} is on the waitlist of {values["tournamentName"]}",
                values => $"{values["tournamentName"]} is full: the entry of {values["teamName"]} waits on the waitlist and moves up, in order, when a place frees."),
            new("Заявка в листе ожидания", "Турнир заполнен, заявка вашей команды в листе ожидания.",
                values => $"{values["teamName"]} в листе ожидания турнира {values["tournamentName"]}",
                values => $"Мест в турнире {values["tournamentName"]} нет: заявка команды {values["teamName"]} ждёт в листе ожидания и поднимется по очереди, когда место освободится.")),
        new(new NotificationKind(EntryPromoted, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Entry promoted", "A place freed and your team's waitlisted entry took it.",
                values => $"{values["teamName"]} moved up into {values["tournamentName"]}",
                values => $"A place in {values["tournamentName"]} freed: {values["teamName"]} moved up from the waitlist into the field."),
            new("Заявка переведена в сетку", "Освободилось место, и заявка вашей команды из листа ожидания его заняла.",
                values => $"{values["teamName"]} прошла в турнир {values["tournamentName"]}",
                values => $"В турнире {values["tournamentName"]} освободилось место: команда {values["teamName"]} перешла из листа ожидания в сетку.")),
        new(new NotificationKind(EntryRejected, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Entry rejected", "A tournament's organisers rejected your team's entry.",
                values => $"{values["teamName"]} is not in {values["tournamentName"]}",
                values => $"The organisers of {values["tournamentName"]} rejected the entry of {values["teamName"]}."),
            new("Заявка на турнир отклонена", "Организаторы турнира отклонили заявку вашей команды.",
                values => $"{values["teamName"]} не участвует в турнире {values["tournamentName"]}",
                values => $"Организаторы турнира {values["tournamentName"]} отклонили заявку команды {values["teamName"]}.")),
        new(new NotificationKind(Started, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Tournament started", "A tournament your team plays in has started.",
                values => $"{values["tournamentName"]} has started",
                values => $"{values["tournamentName"]} has started and its draw is made: your team's first match is in the tournament's bracket. You will hear when each next match is set."),
            new("Турнир начался", "Начался турнир, в котором играет ваша команда.",
                values => $"Турнир {values["tournamentName"]} начался",
                values => $"Турнир {values["tournamentName"]} начался, жеребьёвка проведена: первый матч вашей команды — в сетке турнира. О каждом следующем матче мы сообщим.")),
    ];
}

/// <summary>Turns the tournaments module's messages into notifications of the captains they concern, in their language.</summary>
internal sealed class TournamentNotifications(INotifier notifier, ITournamentRepository tournaments, ITeamDirectory teams)
    : IOutboxConsumer<EntrySubmittedV1>, IOutboxConsumer<EntryAcceptedV1>, IOutboxConsumer<EntryWaitlistedV1>, IOutboxConsumer<EntryPromotedV1>,
        IOutboxConsumer<EntryRejectedV1>, IOutboxConsumer<TournamentStartedV1>
{
    public async Task ConsumeAsync(EntrySubmittedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (await tournaments.FindAsync(message.TournamentId, cancellationToken) is not { } tournament)
        {
            return;
        }

        var values = new Dictionary<string, string>
        {
            ["tournamentName"] = tournament.Name, ["teamName"] = (await teams.FindAsync(message.TeamId, cancellationToken))?.Name ?? "—",
        };
        foreach (var organiser in tournament.OrganiserIds.Where(organiser => organiser != message.CaptainId))
        {
            await notifier.NotifyAsync(organiser, TournamentNotificationTypes.EntryReceived, values, cancellationToken);
        }
    }

    public async Task ConsumeAsync(EntryRejectedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await NotifyCaptainAsync(message.CaptainId, TournamentNotificationTypes.EntryRejected, message.TournamentId, message.TeamId, cancellationToken);

    public async Task ConsumeAsync(EntryAcceptedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await NotifyCaptainAsync(message.CaptainId, TournamentNotificationTypes.EntryAccepted, message.TournamentId, message.TeamId, cancellationToken);

    public async Task ConsumeAsync(EntryWaitlistedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await NotifyCaptainAsync(message.CaptainId, TournamentNotificationTypes.EntryWaitlisted, message.TournamentId, message.TeamId, cancellationToken);

    public async Task ConsumeAsync(EntryPromotedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await NotifyCaptainAsync(message.CaptainId, TournamentNotificationTypes.EntryPromoted, message.TournamentId, message.TeamId, cancellationToken);

    public async Task ConsumeAsync(TournamentStartedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string> { ["tournamentName"] = await TournamentNameAsync(message.TournamentId, cancellationToken) };
        foreach (var captain in message.CaptainIds.Distinct())
        {
            await notifier.NotifyAsync(captain, TournamentNotificationTypes.Started, values, cancellationToken);
        }
    }

    private async Task NotifyCaptainAsync(Guid captainId, string type, Guid tournamentId, Guid teamId, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(captainId, type, new Dictionary<string, string>
        {
            ["tournamentName"] = await TournamentNameAsync(tournamentId, cancellationToken),
            ["teamName"] = (await teams.FindAsync(teamId, cancellationToken))?.Name ?? "—",
        }, cancellationToken);

    private async Task<string> TournamentNameAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        (await tournaments.FindAsync(tournamentId, cancellationToken))?.Name ?? "—";
}
