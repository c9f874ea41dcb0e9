using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Application.Workouts;
using Platform.Domain.Identity;
using Platform.Infrastructure;
using Platform.Infrastructure.Persistence;

// Seeds (once) a diary user with 5 years of daily workouts (about 1,800 workouts and 30,000 sets) among other users
// with a year each, then times the queries behind GET /api/v1/workouts/stats and /records through the real
// repository, without the cache (what a cache miss costs). Run by build/bench-diary.sh.
var connectionString = Environment.GetEnvironmentVariable("PLATFORM_BENCH_CONNECTION")
    ?? throw new InvalidOperationException("Set PLATFORM_BENCH_CONNECTION to the benchmark database.");
var iterations = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_ITERATIONS") ?? "50", CultureInfo.InvariantCulture);
var otherUsers = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_OTHER_USERS") ?? "200", CultureInfo.InvariantCulture);
const string TimeZone = "Europe/Moscow";

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = connectionString })
    .Build();
var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
services.AddInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();

var benchUser = await Seeder.SeedAsync(provider, connectionString, otherUsers);
var (workouts, sets, firstDay, topExercise) = await Seeder.DiaryOfAsync(connectionString, benchUser);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var allSets = await Seeder.TotalSetsAsync(connectionString);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Benchmark user: {workouts:N0} workouts, {sets:N0} sets since {firstDay:yyyy-MM-dd}; {allSets:N0} sets in all; {iterations} timed runs per row after 5 warm-up runs."));
Console.WriteLine();
Console.WriteLine("| query | p50 ms | p95 ms | max ms | rows |");
Console.WriteLine("|---|---:|---:|---:|---:|");

var bench = new Bench(provider, iterations);
await bench.RowAsync("stats, whole diary (5 years, 262 weeks)", async progress =>
    (await progress.GetStatisticsAsync(benchUser, firstDay, today, TimeZone, CancellationToken.None))!.Weeks.Count);
await bench.RowAsync("stats, last year", async progress =>
    (await progress.GetStatisticsAsync(benchUser, today.AddDays(-364), today, TimeZone, CancellationToken.None))!.Weeks.Count);
await bench.RowAsync("stats, last 84 days (the default)", async progress =>
    (await progress.GetStatisticsAsync(benchUser, today.AddDays(-83), today, TimeZone, CancellationToken.None))!.Weeks.Count);
await bench.RowAsync("records, first page of exercises (20)", async progress =>
    (await progress.ListRecordsAsync(benchUser, 1, 20, CancellationToken.None)).Page.Count);
await bench.RowAsync("records of the most logged exercise (with reps at each weight)", async progress =>
    (await progress.FindRecordsAsync(benchUser, topExercise, CancellationToken.None))!.MostRepsAtWeight.Count);

/// <summary>Times one query: 5 warm-up runs, then the timed ones, each through a fresh scope (a pooled context) as a request would.</summary>
internal sealed class Bench(IServiceProvider provider, int iterations)
{
    public async Task RowAsync(string name, Func<IWorkoutProgressRepository, Task<int>> query)
    {
        var timings = new List<double>();
        var rows = 0;
        for (var run = 0; run < iterations + 5; run++)
        {
            await using var scope = provider.CreateAsyncScope();
            var progress = scope.ServiceProvider.GetRequiredService<IWorkoutProgressRepository>();
            var clock = Stopwatch.StartNew();
            rows = await query(progress);
            if (run >= 5)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"| {name} | {Percentile(timings, 0.50):0.00} | {Percentile(timings, 0.95):0.00} | {timings[^1]:0.00} | {rows} |"));
    }

    private static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
}

/// <summary>Fills the benchmark database with SQL (generate_series): seconds for what EF would take minutes for.</summary>
internal static class Seeder
{
    private const int BenchDays = 1826;
    private const int OtherDays = 365;

    public static async Task<Guid> SeedAsync(IServiceProvider provider, string connectionString, int otherUsers)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await context.Database.MigrateAsync();
            if (!await context.Users.AnyAsync())
            {
                var now = DateTimeOffset.UtcNow;
                context.Users.AddRange(Enumerable.Range(0, otherUsers + 1).Select(index => User.Register(
                    Email.Create($"user{index}@bench.example").Value, DisplayName.Create($"User {index}").Value, "not-a-usable-hash", now.AddMilliseconds(index))));
                await context.SaveChangesAsync();
            }
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var benchUser = (Guid)(await dataSource.CreateCommand("SELECT id FROM users ORDER BY id LIMIT 1").ExecuteScalarAsync())!;
        if ((long)(await dataSource.CreateCommand("SELECT count(*) FROM workouts").ExecuteScalarAsync())! > 0)
        {
            return benchUser;
        }

        Console.WriteLine("Seeding workouts...");
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        // One workout a day in the evening (Moscow), 5 years for the benchmark user and one for the others; each holds
        // four strength exercises of the catalogue, a warm-up and three or four working sets of each (about 16.5 sets).
        await ExecuteAsync(connection, $"""
            INSERT INTO workouts (id, owner_id, title, notes, started_at, ended_at, created_at, updated_at)
            SELECT (lpad(to_hex((extract(epoch FROM t.ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(u.id::text || d), 1, 3)
                    || '8' || substr(md5(u.id::text || d), 4, 15))::uuid,
                   u.id, 'Day ' || d, '', t.ts, t.ts + interval '70 minutes', t.ts, t.ts
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users) AS u
            CROSS JOIN LATERAL generate_series(0, CASE WHEN u.n = 1 THEN {BenchDays - 1} ELSE {OtherDays - 1} END) AS d
            CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - d * interval '1 day' + interval '15 hours' + (abs(hashtext(u.id::text || d)) % 120) * interval '1 minute' AS ts) AS t
            """);
        await ExecuteAsync(connection, """
            WITH strength AS (
                SELECT array_agg(id ORDER BY name_en) AS ids, count(*)::int AS n FROM exercises WHERE owner_id IS NULL AND category = 'Strength')
            INSERT INTO workout_sets (id, workout_id, exercise_id, position, reps, weight_kg, is_warm_up)
            SELECT gen_random_uuid(), w.id, strength.ids[1 + (abs(hashtext(w.id::text || e)) % strength.n)], (e - 1) * 5 + s,
                   3 + abs(hashtext(w.id::text || e || s)) % 10,
                   round((20 + abs(hashtext(w.id::text || e)) % 160) * CASE WHEN s = 1 THEN 0.5 ELSE 1 END / 2.5) * 2.5,
                   s = 1
            FROM workouts w CROSS JOIN strength
            CROSS JOIN generate_series(1, 4) AS e
            CROSS JOIN LATERAL generate_series(1, 4 + abs(hashtext(w.id::text || e)) % 2) AS s
            """);
        await ExecuteAsync(connection, "ANALYZE workouts; ANALYZE workout_sets; ANALYZE exercises; ANALYZE users");
        Console.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:0} s.");
        return benchUser;
    }

    public static async Task<(long Workouts, long Sets, DateOnly FirstDay, Guid TopExercise)> DiaryOfAsync(string connectionString, Guid user)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM workouts WHERE owner_id = $1),
                   (SELECT count(*) FROM workout_sets s JOIN workouts w ON w.id = s.workout_id WHERE w.owner_id = $1),
                   (SELECT min(started_at AT TIME ZONE 'Europe/Moscow')::date FROM workouts WHERE owner_id = $1),
                   (SELECT s.exercise_id FROM workout_sets s JOIN workouts w ON w.id = s.workout_id WHERE w.owner_id = $1
                    GROUP BY s.exercise_id ORDER BY count(*) DESC LIMIT 1)
            """);
        command.Parameters.AddWithValue(user);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), DateOnly.FromDateTime(reader.GetDateTime(2)), reader.GetGuid(3));
    }

    public static async Task<long> TotalSetsAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return (long)(await dataSource.CreateCommand("SELECT count(*) FROM workout_sets").ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
