namespace KubeLint.Manifests.Network;

/// <summary>Annotations that put authentication in front of an Ingress, by controller.</summary>
internal static class IngressAuth
{
    private static readonly string[] GuardKeys =
    [
        "nginx.ingress.kubernetes.io/auth-url",
        "nginx.ingress.kubernetes.io/auth-type",
        "nginx.ingress.kubernetes.io/auth-tls-verify-client",
        "ingress.kubernetes.io/auth-type",
        "ingress.kubernetes.io/auth-url",
        "alb.ingress.kubernetes.io/auth-type",
        "haproxy.org/auth-type",
        "haproxy-ingress.github.io/auth-type",
        "nginx.org/basic-auth-secret",
        "nginx.com/jwt-key",
        "appgw.ingress.kubernetes.io/auth",
    ];

    /// <summary>The annotation that guards the route, or null.</summary>
    public static string? GuardOf(IReadOnlyDictionary<string, string> annotations)
    {
        foreach (var key in GuardKeys)
        {
            if (annotations.TryGetValue(key, out var value) && value.Length > 0 && value is not ("off" or "false" or "none"))
            {
                return key;
            }
        }

        foreach (var key in (string[])["traefik.ingress.kubernetes.io/router.middlewares", "konghq.com/plugins"])
        {
            if (annotations.TryGetValue(key, out var value) && value.Contains("auth", StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return null;
    }
}
