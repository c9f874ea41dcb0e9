
namespace Platform.Application.Playgrounds.GetPlayground;

internal sealed class GetPlaygroundValidator : AbstractValidator<GetPlaygroundQuery>
{
    public GetPlaygroundValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
