using MapsterMapper;
using Platform.Application.Common.Paging;

namespace Platform.Application.Reports.ListReportExports;

/// <summary>The caller's exports, newest first (kept a month after they were asked for), a page at a time.</summary>
public sealed record ListReportExportsQuery(Guid CallerId, int Page = Paging.FirstPage, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<ReportExportResponse>>;

internal sealed class ListReportExportsValidator : AbstractValidator<ListReportExportsQuery>
{
    public ListReportExportsValidator()
    {
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

internal sealed class ListReportExportsHandler(IReportExportRepository exports, IMapper mapper, TimeProvider clock)
    : IRequestHandler<ListReportExportsQuery, Result<PagedList<ReportExportResponse>>>
{
    public async Task<Result<PagedList<ReportExportResponse>>> Handle(ListReportExportsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var page = await exports.ListAsync(request.CallerId, request.Page, request.PageSize, cancellationToken);
        return page.Map(export => mapper.MapAt(export, now));
    }
}
