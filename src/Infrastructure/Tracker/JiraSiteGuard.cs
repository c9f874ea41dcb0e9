using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Tracker;

/// <summary>Answers a host's addresses: DNS in production; tests put their own answers in to play DNS rebinding.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>A site the SSRF rules refuse: no byte was sent to it.</summary>
internal sealed class SiteRefusedException(string host) : IOException($"The host {host} is not a site the tracker may reach.");

/// <summary>
/// The tracker's SSRF rules, applied twice: to the base URL a client gives (https, no credentials, query or fragment;
/// http only for an allowed host), and on every connection the HTTP client opens, after resolving the host through
/// <see cref="IHostResolver"/>, so a name that resolves to a private address later (DNS rebinding) is still refused.
/// Loopback, private, shared, reserved and multicast addresses are refused unless the host is in
/// <see cref="JiraOptions.AllowedHosts"/>; link-local and cloud metadata addresses always.
/// </summary>
internal sealed class JiraSiteGuard(IOptionsMonitor<JiraOptions> options, IHostResolver resolver)
{
    private static readonly IPAddress[] Metadata =
    [
        IPAddress.Parse("169.254.169.254"), IPAddress.Parse("169.254.170.2"), IPAddress.Parse("100.100.100.200"), IPAddress.Parse("fd00:ec2::254"),
    ];

    /// <summary>The site of a base URL (scheme, host, port and context path, no trailing slash); null when the URL is refused.</summary>
    public Uri? SiteOf(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var url) || url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsListed(url.IdnHost))))
        {
            return null;
        }

        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    /// <summary>The connect callback of the tracker's HTTP handler: resolves, checks every address, connects to an allowed one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var listed = IsListed(host);
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        var allowed = addresses.Select(address => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).Where(address => IsAllowed(address, listed)).ToArray();
        if (allowed.Length == 0)
        {
            throw new SiteRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsListed(string host) => options.CurrentValue.AllowedHosts.Contains(host.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);

    private static bool IsAllowed(IPAddress address, bool listed)
    {
        if (Metadata.Contains(address) || IsLinkLocal(address))
        {
            return false;
        }

        return listed || !IsInternal(address);
    }

    private static bool IsLinkLocal(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? address.IsIPv6LinkLocal : address.GetAddressBytes() is [169, 254, ..];

    private static bool IsInternal(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xfe) == 0xfc;
        }

        return address.GetAddressBytes() switch
        {
            [0, ..] or [10, ..] or [127, ..] => true,
            [172, var second, ..] when second is >= 16 and <= 31 => true,
            [192, 168, ..] or [192, 0, 0, _] => true,
            [100, var second, ..] when second is >= 64 and <= 127 => true,
            [198, 18 or 19, ..] => true,
            [var first, ..] when first >= 224 => true,
            _ => false,
        };
    }
}
