using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.UpdateMyPlayerProfile;

internal sealed class UpdateMyPlayerProfileValidator : AbstractValidator<UpdateMyPlayerProfileCommand>
{
    public UpdateMyPlayerProfileValidator()
    {
        RuleFor(command => command.Sports).Must(sports => sports is null || sports.Count <= PlayerProfile.MaxSports)
            .WithErrorCode(TeamsErrors.SportUnknown.Code).WithMessage("At most 10 sports.");
        RuleForEach(command => command.Sports).KnownSport();
        // One rule over the list: rules on each item would read, in the schema, as limits of the list itself.
        RuleFor(command => command.Positions)
            .Must(positions => positions is null || (positions.Count <= PlayerProfile.MaxPositions
                && positions.All(position => !string.IsNullOrWhiteSpace(position) && position.Trim().Length <= PlayerProfile.PositionMaxLength)))
            .WithErrorCode(TeamsErrors.PositionsInvalid.Code).WithMessage(TeamsErrors.PositionsInvalid.Message);
        RuleFor(command => command.City).MaximumLength(CommunityText.CityMaxLength);
    }
}
