using System.ComponentModel.DataAnnotations;
using Platform.Application.Teams;
using Platform.Application.Teams.UpdateMyPlayerProfile;
using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Api.Modules.Teams;

internal static class UpdateMyPlayerProfileEndpoint
{
    public static RouteHandlerBuilder MapUpdateMyPlayerProfile(this IEndpointRouteBuilder group) =>
        group.MapPut("/me", async Task<Results<Ok<PlayerResponse>, ProblemHttpResult>> (
                UpdateMyPlayerProfileRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var command = new UpdateMyPlayerProfileCommand(body.Sports, body.Positions, body.City) { UserId = user.UserId(), ExpectedVersion = version };
                return (await mediator.Send(command, cancellationToken)).ToOkWithEntityTag(http, player => player.Version);
            })
            .WithSummary("Replace your sports, positions and city")
            .WithDescription("`If-Match` with the ETag of `GET /players/me` is required (`\"0\"` before the first save; 428 `precondition_required`, stale: 412 `precondition_failed`). An unknown sport is 400 `sport_unknown`; repeats are dropped.")
            .WithName("UpdateMyPlayerProfile")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>Your player profile, all of it: absent lists are empty, an absent city clears it.</summary>
/// <param name="Sports">The sports you play (codes), at most 10.</param>
/// <param name="Positions">Your positions as you name them, at most 10 of 1 to 40 characters.</param>
/// <param name="City">Your city, at most 100 characters.</param>
public sealed record UpdateMyPlayerProfileRequest(
    [property: ValuesFrom(typeof(Sports), nameof(Sports.All)), MaxLength(PlayerProfile.MaxSports)] IReadOnlyList<string>? Sports = null,
    [property: MaxLength(PlayerProfile.MaxPositions), ItemsMaxLength(PlayerProfile.PositionMaxLength)] IReadOnlyList<string>? Positions = null,
    [property: StringLength(CommunityText.CityMaxLength)] string? City = null);
