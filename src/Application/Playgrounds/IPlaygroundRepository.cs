using Platform.Application.Common.Paging;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds;

/// <summary>Loads, lists, adds and removes playgrounds; changes are saved by the unit of work, not here.</summary>
public interface IPlaygroundRepository
{
    Task<Playground?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Every playground that passes the filter, whoever created it: nearest first with the distance when the filter has a
    /// centre (computed by PostgreSQL), else newest first.
    /// </summary>
    Task<PagedList<PlaygroundHit>> ListAsync(PlaygroundFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    void Add(Playground playground);

    void Remove(Playground playground);
}

/// <summary>What a playground list narrows to: a city (any case), a sport, and a circle around a point; null for any.</summary>
public sealed record PlaygroundFilter(string? City, string? Sport, GeoPoint? Near, double RadiusKm);

/// <summary>A point on the earth in degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>A playground found by a list, with its distance from the centre asked for, if one was.</summary>
public sealed record PlaygroundHit(Playground Playground, double? DistanceKm);
