using System.Net;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>Reads the addresses programs are told to listen on: a host, or URLs such as etcd's <c>--listen-client-urls</c>.</summary>
internal static class NetworkAddress
{
    /// <summary>Whether <paramref name="host"/> (a name or an IP, IPv6 possibly in brackets) is reachable only from the node itself.</summary>
    public static bool IsLoopback(string host)
    {
        var bare = host.Trim().TrimStart('[').TrimEnd(']');
        return bare.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>The network URLs of a list whose host is not a loopback address (Unix sockets are local).</summary>
    public static IEnumerable<Uri> NonLoopbackUrls(IEnumerable<string> urls) =>
        urls.Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(uri => uri.Scheme is not ("unix" or "unixs") && !IsLoopback(uri.Host));

    /// <summary>The host of a <c>host:port</c> address (<c>0.0.0.0:10249</c>, <c>[::1]:10249</c>, <c>:10249</c>); empty means every interface.</summary>
    public static string HostOf(string address)
    {
        if (address.StartsWith('['))
        {
            var close = address.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? address : address[1..close];
        }

        var colon = address.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || colon != address.LastIndexOf(':') ? address : address[..colon];
    }
}
