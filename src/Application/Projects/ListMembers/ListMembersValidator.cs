namespace Platform.Application.Projects.ListMembers;

internal sealed class ListMembersValidator : AbstractValidator<ListMembersQuery>
{
    public ListMembersValidator()
    {
        RuleFor(query => query.ProjectId).NotEmpty();
    }
}
