namespace Platform.Application.Teams.GetPlayer;

internal sealed class GetPlayerValidator : AbstractValidator<GetPlayerQuery>
{
    public GetPlayerValidator()
    {
        RuleFor(query => query.UserId).NotEmpty();
    }
}
