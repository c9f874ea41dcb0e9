
namespace Platform.Application.Teams.ListTeamMembers;

internal sealed class ListTeamMembersValidator : AbstractValidator<ListTeamMembersQuery>
{
    public ListTeamMembersValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
