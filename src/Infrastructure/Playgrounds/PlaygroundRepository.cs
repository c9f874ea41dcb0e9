using Platform.Application.Common.Paging;
using Platform.Application.Playgrounds;
using Platform.Domain.Community;
using Platform.Domain.Playgrounds;

namespace Platform.Infrastructure.Playgrounds;

internal sealed class PlaygroundRepository(PlatformDbContext context) : IPlaygroundRepository
{
    public Task<Playground?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Playground>().SingleOrDefaultAsync(playground => playground.Id == id, cancellationToken);

    public async Task<PagedList<PlaygroundHit>> ListAsync(PlaygroundFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var cityKey = filter.City is null ? null : CommunityText.KeyOf(filter.City);
        if (filter.Near is not { } centre)
        {
            var playgrounds = context.Set<Playground>().AsNoTracking();
            if (cityKey is not null)
            {
                playgrounds = playgrounds.Where(playground => playground.CityKey == cityKey);
            }

            if (filter.Sport is { } sport)
            {
                playgrounds = playgrounds.Where(playground => playground.Sports.Contains(sport));
            }

            var newest = await playgrounds.OrderByDescending(playground => playground.CreatedAt).ThenByDescending(playground => playground.Id)
                .ToPagedListAsync(page, pageSize, cancellationToken);
            return newest.Map(playground => new PlaygroundHit(playground, null));
        }

        // earthdistance: the GiST index narrows to the box around the circle, the exact distance then cuts the corners.
        // The count comes in the same statement, also for a page past the last hit (one row without a playground).
        var radiusMetres = filter.RadiusKm * 1000;
        var rows = await context.Database.SqlQuery<NearbyRow>($"""
            WITH hits AS (
                SELECT p.id, earth_distance(ll_to_earth({centre.Latitude}, {centre.Longitude}), ll_to_earth(p.latitude, p.longitude)) AS distance
                FROM playgrounds p
                WHERE earth_box(ll_to_earth({centre.Latitude}, {centre.Longitude}), {radiusMetres}) @> ll_to_earth(p.latitude, p.longitude)
                  AND ({cityKey}::text IS NULL OR p.city_key = {cityKey}::text)
                  AND ({filter.Sport}::text IS NULL OR p.sports @> ARRAY[{filter.Sport}::text]))
            SELECT page.id, page.distance AS distance_metres, total.count AS total
            FROM (SELECT count(*) FROM hits WHERE distance <= {radiusMetres}) total
            LEFT JOIN LATERAL (
                SELECT id, distance FROM hits WHERE distance <= {radiusMetres} ORDER BY distance, id
                LIMIT {pageSize} OFFSET {(page - 1) * pageSize}) page ON true
            """).ToListAsync(cancellationToken);
        var ids = rows.Where(row => row.Id is not null).Select(row => row.Id!.Value).ToList();
        var found = await context.Set<Playground>().AsNoTracking().Where(playground => ids.Contains(playground.Id)).ToDictionaryAsync(playground => playground.Id, cancellationToken);
        var hits = rows.Where(row => row.Id is { } id && found.ContainsKey(id))
            .Select(row => new PlaygroundHit(found[row.Id!.Value], row.DistanceMetres!.Value / 1000)).ToList();
        return new PagedList<PlaygroundHit>(hits, page, pageSize, rows[0].Total);
    }

    public void Add(Playground playground) => context.Set<Playground>().Add(playground);

    public void Remove(Playground playground) => context.Set<Playground>().Remove(playground);

    private sealed record NearbyRow(Guid? Id, double? DistanceMetres, long Total);
}
