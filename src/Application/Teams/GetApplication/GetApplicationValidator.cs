namespace Platform.Application.Teams.GetApplication;

internal sealed class GetApplicationValidator : AbstractValidator<GetApplicationQuery>
{
    public GetApplicationValidator()
    {
        RuleFor(query => query.TeamId).NotEmpty();
        RuleFor(query => query.ApplicationId).NotEmpty();
    }
}
