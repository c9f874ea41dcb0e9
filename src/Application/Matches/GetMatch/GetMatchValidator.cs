namespace Platform.Application.Matches.GetMatch;

internal sealed class GetMatchValidator : AbstractValidator<GetMatchQuery>
{
    public GetMatchValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
