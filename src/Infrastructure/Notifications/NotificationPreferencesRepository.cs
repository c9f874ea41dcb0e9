using Platform.Application.Notifications;
using Platform.Domain.Notifications;

namespace Platform.Infrastructure.Notifications;

internal sealed class NotificationPreferencesRepository(PlatformDbContext context) : INotificationPreferencesRepository
{
    public Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Set<NotificationPreferences>().SingleOrDefaultAsync(preferences => preferences.UserId == userId, cancellationToken);

    // The settings are a JSON array of {"Type", "InApp", "Email"} (EmailDelivery as its number; 0 is Off).
    public async Task<IReadOnlyList<Guid>> OptedInAsync(string type, Guid? after, int limit, CancellationToken cancellationToken) =>
        await context.Database.SqlQuery<Guid>($"""
                SELECT p.user_id AS "Value"
                FROM notification_preferences p
                WHERE p.user_id > {after ?? Guid.Empty}
                  AND EXISTS (
                      SELECT 1 FROM jsonb_array_elements(p.settings) setting
                      WHERE setting->>'Type' = {type} AND ((setting->>'InApp')::boolean OR (setting->>'Email')::int <> 0))
                ORDER BY p.user_id
                LIMIT {limit}
                """)
            .ToListAsync(cancellationToken);

    public void Add(NotificationPreferences preferences) => context.Set<NotificationPreferences>().Add(preferences);
}
