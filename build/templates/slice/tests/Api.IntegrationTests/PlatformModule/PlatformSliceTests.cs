using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.PlatformModule;

namespace Platform.Api.IntegrationTests.PlatformModule;

/// <summary>PLATFORM_METHOD /api/vPLATFORM_FIRST_VERSION/platform-modulePLATFORM_ROUTE through the real Api and PostgreSQL.</summary>
public sealed class PlatformSliceTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Route = "/api/vPLATFORM_FIRST_VERSION/platform-modulePLATFORM_ROUTE";

#if (isCreate)
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await SendAsync(HttpMethod.Post, Route, body: new { name = "First" });

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_blank_name_is_a_400_that_names_the_field()
    {
        var caller = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Post, Route, caller.Token, new { name = " " });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains("name", problem.Errors.Keys);
        Assert.Equal(0, await InDatabaseAsync(database => database.Set<PlatformEntity>().CountAsync()));
    }

    [Fact]
    public async Task The_caller_gets_201_with_the_location_of_a_platformEntity_they_own()
    {
        var caller = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Post, Route, caller.Token, new { name = "  First  " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("First", body.GetProperty("name").GetString());
        Assert.EndsWith($"/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var stored = await InDatabaseAsync(database => database.Set<PlatformEntity>().SingleAsync(platformEntity => platformEntity.Id == id));
        Assert.True(stored.IsOwnedBy(caller.Id));
    }
#elif (isAction)
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(Guid.CreateVersion7()));

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_owner_archives_their_platformEntity_and_a_repeat_changes_nothing()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token);
        var repeated = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isArchived").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.True((await FindAsync(platformEntity.Id))!.IsArchived);
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_a_403_and_stays_as_it_was()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("platform_entity_permission_denied", (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code);
        Assert.False((await FindAsync(platformEntity.Id))!.IsArchived);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404()
    {
        var caller = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(Guid.CreateVersion7()), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_a_404_and_stays_as_it_was()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
        Assert.False((await FindAsync(platformEntity.Id))!.IsArchived);
    }
#endif
#elif (isChange)
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(Guid.CreateVersion7()), body: new { name = "Second" });

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_owner_renames_their_platformEntity()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token, new { name = "Second" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Second", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal("Second", (await FindAsync(platformEntity.Id))!.Name);
    }

    [Fact]
    public async Task A_blank_name_is_a_400_that_names_the_field()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token, new { name = "" });

        Assert.Contains("name", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("First", (await FindAsync(platformEntity.Id))!.Name);
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_a_403_and_stays_as_it_was()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token, new { name = "Second" });

        Assert.Equal("platform_entity_permission_denied", (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("First", (await FindAsync(platformEntity.Id))!.Name);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404()
    {
        var caller = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(Guid.CreateVersion7()), caller.Token, new { name = "Second" });

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_a_404_and_stays_as_it_was()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.PLATFORM_HTTP_METHOD, PathOf(platformEntity.Id), caller.Token, new { name = "Second" });

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
        Assert.Equal("First", (await FindAsync(platformEntity.Id))!.Name);
    }
#endif
#elif (isDelete)
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await SendAsync(HttpMethod.Delete, PathOf(Guid.CreateVersion7()));

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_owner_deletes_their_platformEntity()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);

        var response = await SendAsync(HttpMethod.Delete, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await FindAsync(platformEntity.Id));
    }

#if (shared)
    [Fact]
    public async Task Another_users_platformEntity_is_a_403_and_kept()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.Delete, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("platform_entity_permission_denied", (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code);
        Assert.NotNull(await FindAsync(platformEntity.Id));
    }

    [Fact]
    public async Task An_unknown_id_is_a_404()
    {
        var caller = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Delete, PathOf(Guid.CreateVersion7()), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_a_404_and_kept()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await SendAsync(HttpMethod.Delete, PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
        Assert.NotNull(await FindAsync(platformEntity.Id));
    }
#endif
#elif (isGet)
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await GetAsync(PathOf(Guid.CreateVersion7()));

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_owner_reads_their_platformEntity()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);

        var response = await GetAsync(PathOf(platformEntity.Id), caller.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(platformEntity.Id, body.GetProperty("id").GetGuid());
        Assert.Equal("First", body.GetProperty("name").GetString());
    }

#if (shared)
    [Fact]
    public async Task Another_user_reads_the_platformEntity_too()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await GetAsync(PathOf(platformEntity.Id), caller.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(platformEntity.Id, body.GetProperty("id").GetGuid());
        Assert.Equal("First", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_a_404()
    {
        var caller = await SignInNewUserAsync();

        var response = await GetAsync(PathOf(Guid.CreateVersion7()), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }
#else
    [Fact]
    public async Task Another_users_platformEntity_is_a_404()
    {
        var owner = await SignInNewUserAsync("owner@example.com");
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(owner.Id);

        var response = await GetAsync(PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("platform_entity_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }
#endif
#if (isCached)

    [Fact]
    public async Task A_repeated_read_is_answered_from_the_cache()
    {
        var caller = await SignInNewUserAsync();
        var platformEntity = await SeedAsync(caller.Id);
        (await GetAsync(PathOf(platformEntity.Id), caller.Token)).EnsureSuccessStatusCode();
        await InDatabaseAsync(database => database.Set<PlatformEntity>()
            .Where(stored => stored.Id == platformEntity.Id)
            .ExecuteUpdateAsync(update => update.SetProperty(stored => stored.Name, "Changed behind the cache's back")));

        var response = await GetAsync(PathOf(platformEntity.Id), caller.Token);

        Assert.Equal("First", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }
#endif
#else
    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await GetAsync(Route);

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

#if (shared)
    [Fact]
    public async Task The_caller_pages_through_everyones_aggregates_newest_first()
    {
        var caller = await SignInNewUserAsync();
        var someoneElse = await SignInNewUserAsync("someone@example.com");
        var oldest = await SeedAsync(someoneElse.Id);
        await SeedAsync(caller.Id);
        await SeedAsync(someoneElse.Id);

        var response = await GetAsync($"{Route}?page=2&pageSize=2", caller.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(oldest.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(3, page.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, page.GetProperty("totalPages").GetInt32());
    }
#else
    [Fact]
    public async Task The_caller_pages_through_their_own_aggregates_only()
    {
        var caller = await SignInNewUserAsync();
        var someoneElse = await SignInNewUserAsync("someone@example.com");
        for (var index = 0; index < 3; index++)
        {
            await SeedAsync(caller.Id);
        }

        await SeedAsync(someoneElse.Id);

        var response = await GetAsync($"{Route}?page=2&pageSize=2", caller.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(3, page.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, page.GetProperty("totalPages").GetInt32());
    }
#endif

    [Fact]
    public async Task A_page_size_out_of_bounds_is_a_400_that_names_the_field()
    {
        var caller = await SignInNewUserAsync();

        var response = await GetAsync($"{Route}?pageSize=1000", caller.Token);

        Assert.Contains("pageSize", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
    }
#if (isCached)

    [Fact]
    public async Task A_repeated_read_is_answered_from_the_cache()
    {
        var caller = await SignInNewUserAsync();
        await SeedAsync(caller.Id);
        (await GetAsync(Route, caller.Token)).EnsureSuccessStatusCode();
        await SeedAsync(caller.Id);

        var response = await GetAsync(Route, caller.Token);

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt64());
    }
#endif
#endif
#if (hasId)

    private static string PathOf(Guid id) => Route.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
        .Replace("{id}", id.ToString(), StringComparison.Ordinal);
#endif
#if (!isCreate)

    private Task<PlatformEntity> SeedAsync(Guid ownerId) => InDatabaseAsync(async database =>
    {
        var platformEntity = PlatformEntity.Create(ownerId, "First", DateTimeOffset.UtcNow).Value;
        database.Add(platformEntity);
        await database.SaveChangesAsync();
        return platformEntity;
    });
#endif
#if (isChange || isDelete)

    private Task<PlatformEntity?> FindAsync(Guid id) => InDatabaseAsync(database =>
        database.Set<PlatformEntity>().AsNoTracking().SingleOrDefaultAsync(platformEntity => platformEntity.Id == id));
#endif
}
