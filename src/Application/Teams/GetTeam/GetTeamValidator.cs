
namespace Platform.Application.Teams.GetTeam;

internal sealed class GetTeamValidator : AbstractValidator<GetTeamQuery>
{
    public GetTeamValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
