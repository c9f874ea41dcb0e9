#if (isList)
using Platform.Application.Common.Paging;
#endif
#if (isCreate || isRename)
using Platform.Domain.PlatformModule;
#endif

namespace Platform.Application.PlatformModule.PlatformSlice;

#if (isCommand)
internal sealed class PlatformSliceValidator : AbstractValidator<PlatformSliceCommand>
#else
internal sealed class PlatformSliceValidator : AbstractValidator<PlatformSliceQuery>
#endif
{
    public PlatformSliceValidator()
    {
#if (isCreate)
        RuleFor(command => command.Name).NotEmpty().MaximumLength(PlatformEntity.NameMaxLength);
#elif (isAction)
        RuleFor(command => command.Id).NotEmpty();
#elif (isChange)
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Name).NotEmpty().MaximumLength(PlatformEntity.NameMaxLength);
#elif (isDelete)
        RuleFor(command => command.Id).NotEmpty();
#elif (isGet)
        RuleFor(query => query.Id).NotEmpty();
#else
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
#endif
    }
}
