namespace Platform.Application.Identity.GetUser;

internal sealed class GetUserValidator : AbstractValidator<GetUserQuery>
{
    public GetUserValidator() => RuleFor(query => query.Id).NotEmpty();
}
