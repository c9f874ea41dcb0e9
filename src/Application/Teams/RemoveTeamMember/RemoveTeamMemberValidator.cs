namespace Platform.Application.Teams.RemoveTeamMember;

internal sealed class RemoveTeamMemberValidator : AbstractValidator<RemoveTeamMemberCommand>
{
    public RemoveTeamMemberValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.MemberId).NotEmpty();
    }
}
