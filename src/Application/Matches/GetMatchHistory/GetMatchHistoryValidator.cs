namespace Platform.Application.Matches.GetMatchHistory;

internal sealed class GetMatchHistoryValidator : AbstractValidator<GetMatchHistoryQuery>
{
    public GetMatchHistoryValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
