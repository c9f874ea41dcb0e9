namespace Platform.Application.Identity.ListSessions;

internal sealed class ListSessionsValidator : AbstractValidator<ListSessionsQuery>
{
    public ListSessionsValidator() => RuleFor(query => query.UserId).NotEmpty();
}
