using Platform.Application.Common.Paging;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public const int SearchMaxLength = 100;

    public ListUsersValidator()
    {
        RuleFor(query => query.Search).MaximumLength(SearchMaxLength);
        RuleFor(query => query.Role)
            .Must(role => Role.All.Contains(role!))
            .When(query => query.Role is not null)
            .WithErrorCode("role_invalid")
            .WithMessage("The role must be one of: user, admin.");
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}
