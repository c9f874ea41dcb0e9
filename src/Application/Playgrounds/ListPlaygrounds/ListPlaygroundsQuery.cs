using System.Globalization;
using MapsterMapper;
using Platform.Application.Common.Paging;

namespace Platform.Application.Playgrounds.ListPlaygrounds;

/// <summary>
/// Every playground, optionally in a city (any case), for a sport, and within <paramref name="RadiusKm"/> of
/// <paramref name="Near"/> ("lat,lon", nearest first); else newest first. Not cached: the circles are endless.
/// </summary>
public sealed record ListPlaygroundsQuery(string? City, string? Sport, string? Near, double? RadiusKm, int Page, int PageSize) : IQuery<PagedList<PlaygroundResponse>>
{
    public const double DefaultRadiusKm = 10;
    public const double MaxRadiusKm = 200;

    /// <summary>The point "lat,lon" names, or null when it is not one.</summary>
    public static GeoPoint? PointOf(string? near)
    {
        var parts = near?.Split(',');
        return parts is [var latitude, var longitude]
            && double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180
                ? new GeoPoint(lat, lon)
                : null;
    }
}

internal sealed class ListPlaygroundsHandler(IPlaygroundRepository playgrounds, IMapper mapper)
    : IRequestHandler<ListPlaygroundsQuery, Result<PagedList<PlaygroundResponse>>>
{
    public async Task<Result<PagedList<PlaygroundResponse>>> Handle(ListPlaygroundsQuery request, CancellationToken cancellationToken)
    {
        var filter = new PlaygroundFilter(request.City, request.Sport, ListPlaygroundsQuery.PointOf(request.Near), request.RadiusKm ?? ListPlaygroundsQuery.DefaultRadiusKm);
        var page = await playgrounds.ListAsync(filter, request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.MapHit);
    }
}
