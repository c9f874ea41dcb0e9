using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Application.Reports;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Keeps which users were seen today with which app in memory, so a user's requests after their first of the UTC day
/// with that app cost a dictionary lookup, and writes the first sightings in batches every second (<c>INSERT … ON CONFLICT DO NOTHING</c>, so other nodes
/// and restarts cannot double a day). While PostgreSQL is down the batch waits and is written when it is back, unless it
/// waited over <see cref="LatestWrite"/>; past <see cref="Capacity"/> waiting sightings, new ones are dropped rather
/// than memory growing.
/// </summary>
internal sealed class UserActivityRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UserActivityRecorder> logger)
    : DatabaseLoop(clock, logger), IUserActivity
{
    public const int Capacity = 100_000;

    /// <summary>How late a sighting may still be written.</summary>
    public static readonly TimeSpan LatestWrite = TimeSpan.FromMinutes(30);
    private const int BatchSize = 1_000;

    /// <summary>What a sighting without an app type or version records instead.</summary>
    public const string Unknown = "unknown";

    private readonly ConcurrentDictionary<(Guid UserId, string AppType, string AppVersion), DateOnly> _seenOn = new();
    private readonly Channel<Sighting> _sightings =
        Channel.CreateBounded<Sighting>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly List<Sighting> _batch = [];

    // The loop and the last write on the way out may overlap when stopping times out; the batch is one writer's at a time.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private DateOnly _today;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    public void Saw(Guid userId, string? appType, string? appVersion)
    {
        var app = (UserId: userId, AppType: appType ?? Unknown, AppVersion: appVersion ?? Unknown);
        var now = Clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != _today)
        {
            // A new UTC day: yesterday's sightings say nothing about today's.
            _seenOn.Clear();
            _today = day;
        }

        if (_seenOn.TryGetValue(app, out var seen) && seen == day)
        {
            return;
        }

        _seenOn[app] = day;
        _sightings.Writer.TryWrite(new Sighting(userId, app.AppType, app.AppVersion, now));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // What the last second saw, written once more on the way out; an outage now loses it.
        try
        {
            await RunOnceAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && DatabaseOutage.IsCauseOf(exception))
        {
        }
    }

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await WriteBatchesAsync(cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task WriteBatchesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // A batch that failed is kept and written first.
            while (_batch.Count < BatchSize && _sightings.Reader.TryRead(out var sighting))
            {
                _batch.Add(sighting);
            }

            // A sighting that waited out a long outage is dropped: the active-users and client-versions reports keep a
            // bucket's counts once it has ended (ClosedBucketCounts), and a late row would not change them.
            var oldest = Clock.GetUtcNow() - LatestWrite;
            _batch.RemoveAll(sighting => sighting.SeenAt < oldest);
            if (_batch.Count == 0)
            {
                return;
            }

            var users = _batch.Select(sighting => sighting.UserId).ToArray();
            var appTypes = _batch.Select(sighting => sighting.AppType).ToArray();
            var appVersions = _batch.Select(sighting => sighting.AppVersion).ToArray();
            var seenAt = _batch.Select(sighting => sighting.SeenAt).ToArray();
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            // Users deleted meanwhile are skipped rather than failing the batch on the foreign key.
            await context.Database.ExecuteSqlAsync($"""
                INSERT INTO user_activity (day, user_id, app_type, app_version, seen_at)
                SELECT (s.seen_at AT TIME ZONE 'UTC')::date, s.user_id, s.app_type, s.app_version, s.seen_at
                FROM unnest({users}, {appTypes}, {appVersions}, {seenAt}) AS s(user_id, app_type, app_version, seen_at)
                WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            _batch.Clear();
        }
    }

    private sealed record Sighting(Guid UserId, string AppType, string AppVersion, DateTimeOffset SeenAt);
}
