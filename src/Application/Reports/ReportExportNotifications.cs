using System.Globalization;
using Platform.Application.Common.Localization;
using Platform.Application.Common.Outbox;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Reports.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Reports;

/// <summary>The reports module's notification: an export asked for is written and can be downloaded (in the app, and by mail at once).</summary>
internal sealed class ReportNotificationTypes : INotificationTypes
{
    public const string ExportReady = "reports.export-ready";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(ExportReady, IsSecurity: false, DefaultInApp: true, EmailDelivery.Immediate),
            new("Export ready", "A report you asked for as a file is written and can be downloaded for 24 hours.",
                values => $"Your export is ready: {values["report"]}",
                values => $"{Plurals.English(values.Number("rows"), "row", "rows")} of “{values["report"]}” from {values["from"]} to {values["to"]}, " +
                    $"to download until {values["expiresAt"]} UTC: GET /api/v1/reports/exports/{values["exportId"]}/file."),
            new("Выгрузка готова", "Отчёт, который вы запросили файлом, записан; его можно скачать в течение 24 часов.",
                values => $"Выгрузка готова: {values["report"]}",
                values => $"{Plurals.Russian(values.Number("rows"), "строка", "строки", "строк")} отчёта «{values["report"]}» с {values["from"]} по {values["to"]}, " +
                    $"можно скачать до {values["expiresAt"]} UTC: GET /api/v1/reports/exports/{values["exportId"]}/file.")),
    ];
}

/// <summary>Tells the requester of an export that its file is written. An export deleted since is told of no more.</summary>
internal sealed class ReportExportNotifications(IReportExportRepository exports, INotifier notifier) : IOutboxConsumer<ReportExportCompletedV1>
{
    public async Task ConsumeAsync(ReportExportCompletedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (await exports.FindAsync(message.ExportId, message.RequesterId, cancellationToken) is not { ExpiresAt: { } expiresAt } export)
        {
            return;
        }

        await notifier.NotifyAsync(message.RequesterId, ReportNotificationTypes.ExportReady, new Dictionary<string, string>
        {
            ["exportId"] = export.Id.ToString(),
            ["report"] = ReportCatalogue.Find(export.ReportKey)?.Title ?? export.ReportKey,
            ["rows"] = message.Rows.ToString(CultureInfo.InvariantCulture),
            ["from"] = export.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = export.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["expiresAt"] = expiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        }, cancellationToken);
    }
}
