using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Playgrounds;

namespace Platform.Api.IntegrationTests.Playgrounds;

/// <summary>/api/v1/playgrounds: created by anyone, read by everyone, changed by the creator or a moderator, found by distance in PostgreSQL.</summary>
public sealed class PlaygroundsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Route = "/api/v1/playgrounds";

    // Berlin Alexanderplatz, and points about 1.1 km, 7 km and 250 km from it.
    private static readonly (double Lat, double Lon) Alexanderplatz = (52.5219, 13.4132);

    [Fact]
    public async Task A_user_adds_a_playground_and_gets_201_with_its_hours_in_local_time()
    {
        var creator = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Post, Route, creator.Token, Body("Park pitch"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var playground = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Park pitch", "Europe/Berlin", 2, creator.Id), (playground.GetProperty("name").GetString(), playground.GetProperty("timeZone").GetString(),
            playground.GetProperty("pitches").GetInt32(), playground.GetProperty("ownerId").GetGuid()));
        var hours = playground.GetProperty("openingHours").EnumerateArray().ToList();
        Assert.Equal(("monday", "08:00", "22:00"), (hours[0].GetProperty("day").GetString(), hours[0].GetProperty("opens").GetString(), hours[0].GetProperty("closes").GetString()));
        Assert.Equal(("sunday", "00:00", "02:00"), (hours[^1].GetProperty("day").GetString(), hours[^1].GetProperty("opens").GetString(), hours[^1].GetProperty("closes").GetString()));
        Assert.Equal(JsonValueKind.Null, playground.GetProperty("distanceKm").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(response.Headers.Location!.ToString(), creator.Token)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_422_and_bad_details_are_400s_naming_the_field()
    {
        var creator = await SignInNewUserAsync();

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, Route, creator.Token, Body("Park", timeZone: "Mars/Olympus")), HttpStatusCode.UnprocessableEntity, "unknown_time_zone");
        Assert.Contains("latitude", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, Route, creator.Token, Body("Park", lat: 91)), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("surface", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, Route, creator.Token, Body("Park", surface: "lava")), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("openingHours", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, Route, creator.Token,
            Body("Park", hours: [new { day = "monday", opens = "22:00", closes = "08:00" }])), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("openingHours", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, Route, creator.Token,
            Body("Park", hours: [new { day = "funday", opens = "08:00", closes = "09:00" }])), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await InDatabaseAsync(database => database.Set<Playground>().CountAsync()));
    }

    [Fact]
    public async Task Everyone_reads_it_the_creator_and_a_moderator_change_it_others_get_403()
    {
        var creator = await SignInNewUserAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var moderator = await SignInWithRoleAsync("moderator@example.com", "moderator");
        var id = await CreateAsync(creator.Token, "Park pitch");

        var read = await GetAsync($"{Route}/{id}", stranger.Token);
        var byStranger = await SendAsync(HttpMethod.Put, $"{Route}/{id}", stranger.Token, Body("Mine"), ifMatch: "\"1\"");
        var byModerator = await SendAsync(HttpMethod.Put, $"{Route}/{id}", moderator.Token, Body("Renamed by a moderator"), ifMatch: "\"1\"");
        var byCreator = await SendAsync(HttpMethod.Put, $"{Route}/{id}", creator.Token, Body("Renamed again"), ifMatch: "\"1\"");

        Assert.Equal(("\"1\"", HttpStatusCode.OK), (read.Headers.ETag!.Tag, read.StatusCode));
        await AssertProblemAsync(byStranger, HttpStatusCode.Forbidden, "playground_permission_denied");
        Assert.Equal(("\"2\"", HttpStatusCode.OK), (byModerator.Headers.ETag!.Tag, byModerator.StatusCode));
        await AssertProblemAsync(byCreator, HttpStatusCode.PreconditionFailed, "precondition_failed");
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"{Route}/{id}", creator.Token, Body("No tag")), HttpStatusCode.PreconditionRequired, "precondition_required");
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Route}/{id}", stranger.Token), HttpStatusCode.Forbidden, "playground_permission_denied");
        Assert.Equal("Renamed by a moderator", (await (await GetAsync($"{Route}/{id}", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Route}/{id}", moderator.Token)).StatusCode);
        await AssertProblemAsync(await GetAsync($"{Route}/{id}", creator.Token), HttpStatusCode.NotFound, "playground_not_found");
    }

    [Fact]
    public async Task Near_lists_those_within_the_radius_nearest_first_with_their_distance_from_PostgreSQL()
    {
        var creator = await SignInNewUserAsync();
        await CreateAsync(creator.Token, "Seven km", lat: 52.4590, lon: 13.4132);
        await CreateAsync(creator.Token, "One km", lat: 52.5319, lon: 13.4132);
        await CreateAsync(creator.Token, "Hamburg", lat: 53.5511, lon: 9.9937, city: "Hamburg");
        await CreateAsync(creator.Token, "Basketball court", lat: 52.5229, lon: 13.4132, sports: ["basketball"]);

        var near = await ListAsync($"?near={Alexanderplatz.Lat.ToString(CultureInfo.InvariantCulture)},{Alexanderplatz.Lon.ToString(CultureInfo.InvariantCulture)}&radiusKm=10&sport=football", creator.Token);
        var wide = await ListAsync($"?near=52.5219,13.4132&radiusKm=200", creator.Token);
        var pastTheEnd = await ListAsync("?near=52.5219,13.4132&radiusKm=10&page=5", creator.Token);

        var items = near.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["One km", "Seven km"], items.Select(item => item.GetProperty("name").GetString()));
        Assert.InRange(items[0].GetProperty("distanceKm").GetDouble(), 1.0, 1.2);
        Assert.InRange(items[1].GetProperty("distanceKm").GetDouble(), 6.9, 7.1);
        Assert.Equal(3, wide.GetProperty("totalCount").GetInt64());
        Assert.Equal((0, 3L), (pastTheEnd.GetProperty("items").GetArrayLength(), pastTheEnd.GetProperty("totalCount").GetInt64()));
    }

    [Fact]
    public async Task Without_near_the_list_filters_by_city_in_any_case_and_sport_newest_first()
    {
        var creator = await SignInNewUserAsync();
        await CreateAsync(creator.Token, "First");
        await CreateAsync(creator.Token, "Hamburg", city: "Hamburg");
        await CreateAsync(creator.Token, "Court", sports: ["basketball"]);

        var berlin = await ListAsync("?city=BERLIN", creator.Token);
        var football = await ListAsync("?city=berlin&sport=football", creator.Token);

        Assert.Equal(["Court", "First"], berlin.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
        Assert.Equal(["First"], football.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("?near=52.5", "near")]
    [InlineData("?near=91,13", "near")]
    [InlineData("?near=abc,def", "near")]
    [InlineData("?near=52.5,13.4&radiusKm=0", "radiusKm")]
    [InlineData("?near=52.5,13.4&radiusKm=201", "radiusKm")]
    [InlineData("?radiusKm=5", "radiusKm")]
    [InlineData("?sport=chess", "sport")]
    public async Task Bad_list_parameters_are_400s_naming_them(string query, string field)
    {
        var caller = await SignInNewUserAsync();

        Assert.Contains(field, (await Problem.ReadAsync(await GetAsync(Route + query, caller.Token), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    private async Task<Guid> CreateAsync(string token, string name, double lat = 52.52, double lon = 13.405, string city = "Berlin", string[]? sports = null)
    {
        var response = await SendAsync(HttpMethod.Post, Route, token, Body(name, lat, lon, city, sports));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> ListAsync(string query, string token)
    {
        var response = await GetAsync(Route + query, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static object Body(string name, double lat = 52.52, double lon = 13.405, string city = "Berlin", string[]? sports = null,
        string surface = "artificial_turf", string timeZone = "Europe/Berlin", object[]? hours = null) => new
    {
        name,
        address = "Hauptstr. 1",
        city,
        latitude = lat,
        longitude = lon,
        sports = sports ?? ["football", "futsal"],
        surface,
        pitches = 2,
        openingHours = hours ??
        [
            new { day = "monday", opens = "08:00", closes = "22:00" },
            new { day = "saturday", opens = "08:00", closes = "24:00" },
            new { day = "sunday", opens = "00:00", closes = "02:00" },
        ],
        timeZone,
    };
}
