using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.ListTournaments;

/// <summary>Every tournament, newest first, one page at a time: optionally of a sport, in a city (any case), in a state and of a format.</summary>
public sealed record ListTournamentsQuery(string? Sport, string? City, string? State, string? Format, int Page, int PageSize) : ICachedQuery<PagedList<TournamentResponse>>
{
    public string CacheKey => $"tournaments:ListTournaments:{Sport}:{City?.Trim().ToUpperInvariant()}:{State}:{Format}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [TournamentsCacheTags.List];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListTournamentsHandler(ITournamentRepository tournaments, IMapper mapper)
    : IRequestHandler<ListTournamentsQuery, Result<PagedList<TournamentResponse>>>
{
    public async Task<Result<PagedList<TournamentResponse>>> Handle(ListTournamentsQuery request, CancellationToken cancellationToken)
    {
        var filter = new TournamentFilter(request.Sport, request.City, TournamentNames.From<TournamentState>(request.State), TournamentNames.From<TournamentFormat>(request.Format));
        var page = await tournaments.ListAsync(filter, request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<TournamentResponse>);
    }
}
