namespace Platform.Application.Projects.GetProjectV2;

internal sealed class GetProjectV2Validator : AbstractValidator<GetProjectV2Query>
{
    public GetProjectV2Validator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
