using Platform.Application.Common.Paging;
using Platform.Domain.Community;

namespace Platform.Application.Playgrounds.ListPlaygrounds;

internal sealed class ListPlaygroundsValidator : AbstractValidator<ListPlaygroundsQuery>
{
    public ListPlaygroundsValidator()
    {
        RuleFor(query => query.City).MaximumLength(CommunityText.CityMaxLength)
            .Must(city => CommunityText.Clean(city, CommunityText.CityMaxLength) is not null).When(query => query.City is not null)
            .WithErrorCode(CommunityErrors.CityInvalid.Code).WithMessage(CommunityErrors.CityInvalid.Message);
        RuleFor(query => query.Sport).Must(Sports.IsKnown).When(query => query.Sport is not null)
            .WithErrorCode(CommunityErrors.SportUnknown.Code).WithMessage(CommunityErrors.SportUnknown.Message);
        RuleFor(query => query.Near).MaximumLength(64).Must(near => ListPlaygroundsQuery.PointOf(near) is not null).When(query => query.Near is not null)
            .WithErrorCode("near_invalid").WithMessage("near is \"latitude,longitude\" in degrees, e.g. 52.52,13.405.");
        RuleFor(query => query.RadiusKm).GreaterThan(0).LessThanOrEqualTo(ListPlaygroundsQuery.MaxRadiusKm);
        RuleFor(query => query.RadiusKm).Null().When(query => query.Near is null).WithMessage("radiusKm needs near.");
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}
