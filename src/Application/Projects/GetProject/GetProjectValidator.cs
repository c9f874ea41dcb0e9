namespace Platform.Application.Projects.GetProject;

internal sealed class GetProjectValidator : AbstractValidator<GetProjectQuery>
{
    public GetProjectValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
