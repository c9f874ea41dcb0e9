using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Teams;

/// <summary>The notifications of the teams module: an application received (to the captain), accepted or rejected (to the applicant).</summary>
internal sealed class TeamNotificationTypes : INotificationTypes
{
    public const string ApplicationReceived = "teams.application-received";
    public const string ApplicationAccepted = "teams.application-accepted";
    public const string ApplicationRejected = "teams.application-rejected";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(ApplicationReceived, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Application received", "A player applied to a team you captain.",
                values => $"{values["playerName"]} wants to join {values["teamName"]}",
                values => $"{values["playerName"]} applied to join {values["teamName"]}. Accept or reject the application in the team's applications."),
            new("Новая заявка", "Игрок подал заявку в вашу команду.",
                values => $"{values["playerName"]} хочет в команду {values["teamName"]}",
                values => $"{values["playerName"]} подал(а) заявку на вступление в команду {values["teamName"]}. Примите или отклоните её в заявках команды.")),
        new(new NotificationKind(ApplicationAccepted, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Application accepted", "A team accepted your application.",
                values => $"Welcome to {values["teamName"]}",
                values => $"{values["captainName"]} accepted your application: you are on the roster of {values["teamName"]} now."),
            new("Заявка принята", "Команда приняла вашу заявку.",
                values => $"Добро пожаловать в {values["teamName"]}",
                values => $"{values["captainName"]} принял(а) вашу заявку: теперь вы в составе команды {values["teamName"]}.")),
        new(new NotificationKind(ApplicationRejected, IsSecurity: false, DefaultInApp: true, EmailDelivery.Digest),
            new("Application rejected", "A team turned your application down.",
                values => $"{values["teamName"]} turned your application down",
                values => $"{values["captainName"]} turned down your application to {values["teamName"]}. You may apply to this team again in 7 days."),
            new("Заявка отклонена", "Команда отклонила вашу заявку.",
                values => $"{values["teamName"]}: заявка отклонена",
                values => $"{values["captainName"]} отклонил(а) вашу заявку в команду {values["teamName"]}. Подать заявку в эту команду снова можно через 7 дней.")),
    ];
}

/// <summary>Turns the teams module's messages into notifications of the people they concern, in their language.</summary>
internal sealed class TeamNotifications(INotifier notifier, IUserDirectory users)
    : IOutboxConsumer<ApplicationSubmittedV1>, IOutboxConsumer<ApplicationAcceptedV1>, IOutboxConsumer<ApplicationRejectedV1>
{
    public async Task ConsumeAsync(ApplicationSubmittedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.CaptainId, TeamNotificationTypes.ApplicationReceived, new Dictionary<string, string>
        {
            ["teamName"] = message.TeamName,
            ["playerName"] = await NameOfAsync(message.ApplicantId, cancellationToken),
        }, cancellationToken);

    public async Task ConsumeAsync(ApplicationAcceptedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.ApplicantId, TeamNotificationTypes.ApplicationAccepted, await DecisionValuesAsync(message.TeamName, message.CaptainId, cancellationToken), cancellationToken);

    public async Task ConsumeAsync(ApplicationRejectedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.ApplicantId, TeamNotificationTypes.ApplicationRejected, await DecisionValuesAsync(message.TeamName, message.CaptainId, cancellationToken), cancellationToken);

    private async Task<Dictionary<string, string>> DecisionValuesAsync(string teamName, Guid captainId, CancellationToken cancellationToken) =>
        new() { ["teamName"] = teamName, ["captainName"] = await NameOfAsync(captainId, cancellationToken) };

    private async Task<string> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await users.FindAsync(userId, cancellationToken))?.DisplayName ?? "—";
}
