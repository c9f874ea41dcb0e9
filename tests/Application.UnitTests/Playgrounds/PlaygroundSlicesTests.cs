using Platform.Application.Playgrounds;
using Platform.Application.Playgrounds.CreatePlayground;
using Platform.Application.Playgrounds.UpdatePlayground;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Playgrounds;

/// <summary>The Playgrounds slices through the real pipeline (validation, unit of work) over in-memory storage.</summary>
public sealed class PlaygroundSlicesTests
{
    private static readonly Guid Creator = Guid.CreateVersion7();
    private static readonly Guid Moderator = Guid.CreateVersion7();
    private static readonly OpeningHoursInput[] Weekdays = [new("monday", "08:00", "22:00"), new("sunday", "00:00", "24:00")];

    [Fact]
    public async Task A_playground_is_created_with_its_hours_and_saved_once()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(Create("Park"));

        Assert.Equal(("Park", "monday", "24:00"), (result.Value.Name, result.Value.OpeningHours[0].Day, result.Value.OpeningHours[1].Closes));
        Assert.Single(host.Repository<InMemoryPlaygroundRepository>().Items);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task Malformed_hours_are_refused_before_the_handler()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(Create("Park") with { OpeningHours = [new("monday", "8:00", "22:00")] });

        Assert.Contains("openingHours", result.Error!.FieldErrors!.Keys);
        Assert.Empty(host.Repository<InMemoryPlaygroundRepository>().Items);
    }

    [Fact]
    public async Task A_moderator_updates_someone_elses_playground_and_a_stale_version_is_refused()
    {
        await using var host = new PipelineHost();
        var created = (await host.SendAsync(Create("Park"))).Value;

        var moderated = await host.SendAsync(Update(created.Id, "Moderated", Moderator, isModerator: true, version: 1));
        var stale = await host.SendAsync(Update(created.Id, "Stale", Creator, isModerator: false, version: 1));
        var stranger = await host.SendAsync(Update(created.Id, "Mine", Guid.CreateVersion7(), isModerator: false, version: 2));

        Assert.Equal(("Moderated", 2L), (moderated.Value.Name, moderated.Value.Version));
        Assert.Equal("precondition_failed", stale.Error!.Code);
        Assert.Equal("playground_permission_denied", stranger.Error!.Code);
    }

    private static CreatePlaygroundCommand Create(string name) =>
        new(name, "Hauptstr. 1", "Berlin", 52.52, 13.405, ["football"], "asphalt", 1, Weekdays, "Europe/Berlin") { OwnerId = Creator };

    private static UpdatePlaygroundCommand Update(Guid id, string name, Guid userId, bool isModerator, long version) =>
        new(name, "Hauptstr. 1", "Berlin", 52.52, 13.405, ["football"], "asphalt", 1, Weekdays, "Europe/Berlin")
        {
            Id = id, UserId = userId, IsModerator = isModerator, ExpectedVersion = version,
        };
}
