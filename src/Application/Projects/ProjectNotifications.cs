using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Projects.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Projects;

/// <summary>The notifications of the projects module: a member added, a role changed, ownership handed over, a project archived.</summary>
internal sealed class ProjectNotificationTypes : INotificationTypes
{
    public const string MemberAdded = "projects.member-added";
    public const string MemberRoleChanged = "projects.member-role-changed";
    public const string OwnershipTransferred = "projects.ownership-transferred";
    public const string Archived = "projects.archived";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(MemberAdded, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Added to a project", "Someone added you to a project.",
                values => $"You were added to {values["projectName"]}",
                values => $"{values["actorName"]} added you to the project {values["projectName"]} ({values["projectKey"]}) as {RoleIn(values["role"], russian: false)}."),
            new("Добавление в проект", "Вас добавили в проект.",
                values => $"Вас добавили в проект {values["projectName"]}",
                values => $"{values["actorName"]} добавил(а) вас в проект {values["projectName"]} ({values["projectKey"]}) с ролью «{RoleIn(values["role"], russian: true)}».")),
        new(new NotificationKind(MemberRoleChanged, IsSecurity: false, DefaultInApp: true, EmailDelivery.Off),
            new("Role changed", "Your role in a project changed.",
                values => $"Your role in {values["projectName"]} changed",
                values => $"{values["actorName"]} made you {RoleIn(values["role"], russian: false)} of the project {values["projectName"]} ({values["projectKey"]})."),
            new("Смена роли", "Ваша роль в проекте изменилась.",
                values => $"Ваша роль в проекте {values["projectName"]} изменилась",
                values => $"{values["actorName"]} назначил(а) вам роль «{RoleIn(values["role"], russian: true)}» в проекте {values["projectName"]} ({values["projectKey"]}).")),
        new(new NotificationKind(OwnershipTransferred, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Project handed to you", "A project's owner made you its owner.",
                values => $"You now own {values["projectName"]}",
                values => $"{values["actorName"]} handed the project {values["projectName"]} ({values["projectKey"]}) to you; you are its owner now."),
            new("Проект передан вам", "Владелец проекта сделал вас его владельцем.",
                values => $"Теперь вы владелец проекта {values["projectName"]}",
                values => $"{values["actorName"]} передал(а) вам проект {values["projectName"]} ({values["projectKey"]}); теперь вы его владелец.")),
        new(new NotificationKind(Archived, IsSecurity: false, DefaultInApp: true, EmailDelivery.Digest),
            new("Project archived", "A project you are a member of was archived.",
                values => $"{values["projectName"]} was archived",
                values => $"{values["actorName"]} archived the project {values["projectName"]} ({values["projectKey"]}); it is read-only until it is restored."),
            new("Проект в архиве", "Проект, в котором вы участвуете, отправлен в архив.",
                values => $"Проект {values["projectName"]} в архиве",
                values => $"{values["actorName"]} отправил(а) проект {values["projectName"]} ({values["projectKey"]}) в архив; до восстановления он доступен только для чтения.")),
    ];

    private static string RoleIn(string role, bool russian) => (role, russian) switch
    {
        ("owner", true) => "владелец",
        ("maintainer", true) => "сопровождающий",
        ("member", true) => "участник",
        ("viewer", true) => "наблюдатель",
        _ => role,
    };
}

/// <summary>
/// Turns the projects module's messages into notifications of the people they concern: the member added or whose role
/// changed, the new owner, the members of an archived project (not whoever made the change).
/// </summary>
internal sealed class ProjectNotifications(INotifier notifier, IUserDirectory users)
    : IOutboxConsumer<MemberAddedV1>, IOutboxConsumer<MemberRoleChangedV1>, IOutboxConsumer<OwnershipTransferredV1>, IOutboxConsumer<ProjectArchivedV1>
{
    public async Task ConsumeAsync(MemberAddedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.UserId, ProjectNotificationTypes.MemberAdded,
            await ValuesAsync(message.Key, message.Name, message.ChangedBy, message.Role, cancellationToken), cancellationToken);

    public async Task ConsumeAsync(MemberRoleChangedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.UserId, ProjectNotificationTypes.MemberRoleChanged,
            await ValuesAsync(message.Key, message.Name, message.ChangedBy, message.Role, cancellationToken), cancellationToken);

    public async Task ConsumeAsync(OwnershipTransferredV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(message.NewOwnerId, ProjectNotificationTypes.OwnershipTransferred,
            await ValuesAsync(message.Key, message.Name, message.ChangedBy, role: null, cancellationToken), cancellationToken);

    public async Task ConsumeAsync(ProjectArchivedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var values = await ValuesAsync(message.Key, message.Name, message.ChangedBy, role: null, cancellationToken);
        foreach (var member in message.AffectedUserIds.Where(member => member != message.ChangedBy))
        {
            await notifier.NotifyAsync(member, ProjectNotificationTypes.Archived, values, cancellationToken);
        }
    }

    private async Task<Dictionary<string, string>> ValuesAsync(string key, string name, Guid actor, string? role, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>
        {
            ["projectKey"] = key,
            ["projectName"] = name,
            ["actorName"] = (await users.FindAsync(actor, cancellationToken))?.DisplayName ?? "—",
        };
        if (role is not null)
        {
            values["role"] = role;
        }

        return values;
    }
}
