using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Application.Projects;
using Platform.Domain.Identity;
using Platform.Infrastructure;
using Platform.Infrastructure.Persistence;

// Seeds (once) 1,000,000 projects owned by 1,000 users, of which the benchmark user belongs to about 100,000, then
// times the queries behind GET /api/v2/projects (search, keyset pages at growing depth) and GET /api/v1/projects
// (offset pages at the same depths) through the real repository, without the cache. Run by build/bench-projects.sh.
var connectionString = Environment.GetEnvironmentVariable("PLATFORM_BENCH_CONNECTION")
    ?? throw new InvalidOperationException("Set PLATFORM_BENCH_CONNECTION to the benchmark database.");
var iterations = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_ITERATIONS") ?? "50", CultureInfo.InvariantCulture);
var projectCount = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_PROJECTS") ?? "1000000", CultureInfo.InvariantCulture);

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = connectionString })
    .Build();
var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
services.AddInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();

var benchUser = await Seeder.SeedAsync(provider, connectionString, projectCount);
var bench = new Bench(provider, iterations);
Console.WriteLine($"Benchmark user {benchUser:N}: {await Seeder.MembershipsAsync(connectionString, benchUser):N0} of {projectCount:N0} projects; {iterations} timed runs per row after 5 warm-up runs.");
Console.WriteLine();
Console.WriteLine("| query | p50 ms | p95 ms | max ms | rows |");
Console.WriteLine("|---|---:|---:|---:|---:|");

var word = await Seeder.WordOfAsync(connectionString, benchUser);
var typo = string.Concat(word[..^2], word[^1].ToString(), word[^2].ToString());
foreach (var q in new[] { word, word[..4], typo, $"{word} notes", "garden", "P1E240" })
{
    var criteria = Criteria(benchUser, ProjectSearchSort.Relevance, null) with { Terms = ProjectSearchTerms.Of(q), Text = q };
    await bench.RowAsync($"v2 search q={q} (relevance, 20)", async repository => (await repository.SearchAsync(criteria, CancellationToken.None)).Count);
}

var depths = new[] { 0, 1_000, 10_000, 50_000, 90_000 };
var keysetP95 = new Dictionary<int, double>();
foreach (var depth in depths)
{
    var after = depth == 0 ? null : await Seeder.PositionAtAsync(connectionString, benchUser, depth);
    var criteria = Criteria(benchUser, ProjectSearchSort.CreatedDescending, after);
    keysetP95[depth] = await bench.RowAsync(
        $"v2 keyset page after {depth:N0} rows (-created, 20)", async repository => (await repository.SearchAsync(criteria, CancellationToken.None)).Count);
}

var offsetP95 = new Dictionary<int, double>();
foreach (var depth in depths)
{
    var page = (depth / 20) + 1;
    offsetP95[depth] = await bench.RowAsync(
        $"v1 offset page {page:N0} (after {depth:N0} rows, 20, with total count)",
        async repository => (await repository.ListForMemberAsync(benchUser, null, page, 20, CancellationToken.None)).Items.Count);
}

var typicalUser = await Seeder.TypicalUserAsync(connectionString);
var typicalWord = await Seeder.WordOfAsync(connectionString, typicalUser);
var typicalMemberships = await Seeder.MembershipsAsync(connectionString, typicalUser);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| *a typical user: {typicalMemberships:N0} projects* | | | | |"));
foreach (var q in new[] { typicalWord, "garden" })
{
    var criteria = Criteria(typicalUser, ProjectSearchSort.Relevance, null) with { Terms = ProjectSearchTerms.Of(q), Text = q };
    await bench.RowAsync($"v2 search q={q} (relevance, 20)", async repository => (await repository.SearchAsync(criteria, CancellationToken.None)).Count);
}

await bench.RowAsync("v2 keyset first page (-created, 20)", async repository =>
    (await repository.SearchAsync(Criteria(typicalUser, ProjectSearchSort.CreatedDescending, null), CancellationToken.None)).Count);
var typicalDeep = await Seeder.PositionAtAsync(connectionString, typicalUser, 900);
await bench.RowAsync("v2 keyset page after 900 rows (-created, 20)", async repository =>
    (await repository.SearchAsync(Criteria(typicalUser, ProjectSearchSort.CreatedDescending, typicalDeep), CancellationToken.None)).Count);
await bench.RowAsync("v1 offset page 46 (after 900 rows, 20, with total count)", async repository =>
    (await repository.ListForMemberAsync(typicalUser, null, 46, 20, CancellationToken.None)).Items.Count);

Console.WriteLine();
Console.WriteLine($"Deepest / first page, p95 (benchmark user): v2 keyset {keysetP95[depths[^1]] / keysetP95[0]:0.00}x, v1 offset {offsetP95[depths[^1]] / offsetP95[0]:0.00}x");

static ProjectSearchCriteria Criteria(Guid user, ProjectSearchSort sort, ProjectSearchPosition? after) =>
    new(user, [], null, null, null, null, null, null, null, null, null, sort, after, 21);

/// <summary>Times one query: 5 warm-up runs, then the timed ones, each through a fresh scope (a pooled context) as a request would.</summary>
internal sealed class Bench(IServiceProvider provider, int iterations)
{
    public async Task<double> RowAsync(string name, Func<IProjectRepository, Task<int>> query)
    {
        var timings = new List<double>();
        var rows = 0;
        for (var run = 0; run < iterations + 5; run++)
        {
            await using var scope = provider.CreateAsyncScope();
            var repository = scope.ServiceProvider.GetRequiredService<IProjectRepository>();
            var clock = Stopwatch.StartNew();
            rows = await query(repository);
            if (run >= 5)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        var p95 = Percentile(timings, 0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(timings, 0.50):0.00} | {p95:0.00} | {timings[^1]:0.00} | {rows} |"));
        return p95;
    }

    private static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
}

/// <summary>Fills the benchmark database with SQL (generate_series): seconds for what EF would take minutes for.</summary>
internal static class Seeder
{
    private const int Users = 1_000;

    public static async Task<Guid> SeedAsync(IServiceProvider provider, string connectionString, int projects)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await context.Database.MigrateAsync();
            if (!await context.Users.AnyAsync())
            {
                var now = DateTimeOffset.UtcNow;
                context.Users.AddRange(Enumerable.Range(0, Users).Select(index => User.Register(
                    Email.Create($"user{index}@bench.example").Value, DisplayName.Create($"User {index}").Value, "not-a-usable-hash", now.AddMilliseconds(index))));
                await context.SaveChangesAsync();
            }
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var benchUser = (Guid)(await dataSource.CreateCommand("SELECT id FROM users ORDER BY id LIMIT 1").ExecuteScalarAsync())!;
        var existing = (long)(await dataSource.CreateCommand("SELECT count(*) FROM projects").ExecuteScalarAsync())!;
        if (existing >= projects)
        {
            return benchUser;
        }

        Console.WriteLine($"Seeding {projects:N0} projects...");
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, "TRUNCATE projects CASCADE");
        // Indexes are dropped for the bulk insert and rebuilt afterwards from their own definitions.
        var indexes = new List<string>();
        await using (var reader = await new NpgsqlCommand(
            """
            SELECT indexdef FROM pg_indexes
            WHERE tablename IN ('projects', 'project_members') AND indexname NOT LIKE 'pk_%'
            """, connection).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var definition in indexes)
        {
            var name = definition.Split(' ')[definition.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 3 : 2];
            await ExecuteAsync(connection, $"DROP INDEX {name}");
        }

        // Names and descriptions draw on 20,000 made-up words (each in about 250 projects, like a real long tail)
        // and on ten common ones (each in about a tenth of the descriptions), so both kinds of search are measured.
        await ExecuteAsync(connection, $"""
            CREATE TEMP TABLE syllables AS
            SELECT array_agg(c || v ORDER BY c, v) AS s
            FROM unnest(ARRAY['b','d','f','g','k','l','m','n','p','r','s','t','v','z']) AS c, unnest(ARRAY['a','e','i','o','u']) AS v;
            INSERT INTO projects (id, key, name, description, tags, status, owner_id, created_at, updated_at, version)
            SELECT (lpad(to_hex((extract(epoch FROM t.ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3)
                    || '8' || substr(md5(n::text), 4, 15))::uuid,
                   'P' || upper(to_hex(n)),
                   initcap(w.a) || ' ' || initcap(w.b),
                   'Notes on ' || w.c || ' ' || w.d || ' and ' || w.e || ' for the ' || common.words[1 + abs(hashtext(n || ':w')) % 10] || ' team',
                   ARRAY[common.tags[1 + (n / 3) % 20], 'team' || (n % 7)],
                   CASE WHEN n % 10 = 0 THEN 'Archived' ELSE 'Active' END,
                   u.ids[1 + n % {Users}], t.ts, t.ts, 1
            FROM generate_series(1, {projects}) AS n
            CROSS JOIN syllables
            CROSS JOIN (SELECT ARRAY['garden', 'kitchen', 'tools', 'river', 'orchard', 'platform', 'backend', 'mobile', 'design', 'budget'] AS words,
                               ARRAY['wood', 'metal', 'green', 'urgent', 'later', 'home', 'work', 'family', 'school', 'music',
                                     'travel', 'fitness', 'finance', 'energy', 'water', 'forest', 'market', 'bridge', 'harbor', 'castle'] AS tags) AS common
            CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM users) AS u
            CROSS JOIN LATERAL (SELECT now() - n * interval '90 seconds' AS ts) AS t
            CROSS JOIN LATERAL (
                SELECT s[1 + x[1] % 70] || s[1 + (x[1] / 70) % 70] || s[1 + (x[1] / 4900) % 70] AS a,
                       s[1 + x[2] % 70] || s[1 + (x[2] / 70) % 70] || s[1 + (x[2] / 4900) % 70] AS b,
                       s[1 + x[3] % 70] || s[1 + (x[3] / 70) % 70] || s[1 + (x[3] / 4900) % 70] AS c,
                       s[1 + x[4] % 70] || s[1 + (x[4] / 70) % 70] || s[1 + (x[4] / 4900) % 70] AS d,
                       s[1 + x[5] % 70] || s[1 + (x[5] / 70) % 70] || s[1 + (x[5] / 4900) % 70] AS e
                FROM (SELECT ARRAY(SELECT abs(hashtext(n || ':' || k)) % 20000 FROM generate_series(1, 5) AS k) AS x) AS hashes) AS w
            """);
        await ExecuteAsync(connection, "INSERT INTO project_members (project_id, user_id, role, joined_at) SELECT id, owner_id, 'Owner', created_at FROM projects");
        await ExecuteAsync(connection, $"""
            INSERT INTO project_members (project_id, user_id, role, joined_at)
            SELECT id, '{benchUser}', (ARRAY['Maintainer', 'Member', 'Member', 'Viewer'])[1 + abs(hashtext(key)) % 4], created_at
            FROM projects WHERE owner_id <> '{benchUser}' AND abs(hashtext(key)) % 10 = 0
            """);
        foreach (var definition in indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        await ExecuteAsync(connection, "ANALYZE projects; ANALYZE project_members; ANALYZE users");
        Console.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:0} s.");
        return benchUser;
    }

    /// <summary>The user with the most recent id: like every user but the benchmark one, the owner of about 1,000 projects.</summary>
    public static async Task<Guid> TypicalUserAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return (Guid)(await dataSource.CreateCommand("SELECT id FROM users ORDER BY id DESC LIMIT 1").ExecuteScalarAsync())!;
    }

    /// <summary>A made-up word of the first word of one of the user's project names: a typical, selective search term.</summary>
    public static async Task<string> WordOfAsync(string connectionString, Guid user)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT lower(split_part(p.name, ' ', 1)) FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1 ORDER BY p.id LIMIT 1");
        command.Parameters.AddWithValue(user);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> MembershipsAsync(string connectionString, Guid user)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM project_members WHERE user_id = $1");
        command.Parameters.AddWithValue(user);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Where a page that starts after <paramref name="depth"/> rows of the newest-first list begins, as a cursor would say.</summary>
    public static async Task<ProjectSearchPosition> PositionAtAsync(string connectionString, Guid user, int depth)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            """
            SELECT p.created_at, p.id FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1
            ORDER BY p.created_at DESC, p.id DESC OFFSET $2 - 1 LIMIT 1
            """);
        command.Parameters.AddWithValue(user);
        command.Parameters.AddWithValue(depth);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new ProjectSearchPosition(null, reader.GetFieldValue<DateTimeOffset>(0), null, reader.GetGuid(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
