using KubeLint.Yaml;

namespace KubeLint.Rules.Ingress;

internal sealed class IngressSnippetAnnotationRule : ObjectRule
{
    private const string CommunityPrefix = "nginx.ingress.kubernetes.io/";

    /// <summary>Annotations whose whole value is nginx configuration: ingress-nginx's, and the F5 NGINX controller's.</summary>
    private static readonly HashSet<string> SnippetAnnotations = new(StringComparer.Ordinal)
    {
        CommunityPrefix + "configuration-snippet", CommunityPrefix + "server-snippet", CommunityPrefix + "auth-snippet",
        CommunityPrefix + "stream-snippet", CommunityPrefix + "modsecurity-snippet",
        "nginx.org/server-snippets", "nginx.org/location-snippets",
    };

    /// <summary>Characters that end an nginx directive or block, which no URL, header name or host in an ingress-nginx annotation needs.</summary>
    private static readonly char[] DirectiveBreakers = ['\n', '\r', ';', '{', '}'];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.IngressSnippetAnnotation,
        Name = "ingress-snippet-annotation",
        Title = "Ingress annotation writes nginx configuration",
        Category = RuleCategories.Ingress,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Ingress"],
        WhatItChecks = "Snippet annotations on an Ingress, whose value is raw nginx configuration for the controller (`nginx.ingress.kubernetes.io/configuration-snippet`, `server-snippet`, `auth-snippet`, `stream-snippet`, `modsecurity-snippet`; F5 NGINX's `nginx.org/server-snippets` and `location-snippets`): a warning. Any other `nginx.ingress.kubernetes.io/` annotation whose value holds a newline, `;`, `{` or `}` (characters that end an nginx directive or block and that no legitimate value of those annotations needs) is an error: that is the shape of the 2025 annotation-injection attacks.",
        WhyItMatters = "ingress-nginx writes these values into the nginx configuration of a controller that can read every Secret in the cluster. CVE-2021-25742 showed that a snippet can read the controller's service-account token and the Secrets it serves; CVE-2025-1097, CVE-2025-1098 and CVE-2025-24514 showed that values of ordinary annotations (`auth-tls-match-cn`, `mirror-target`, `auth-url`) could break out of their directive and inject configuration, up to code execution in the controller. Whoever can create an Ingress should not be able to program the controller.",
        HowToFix = "Replace snippets with the controller's dedicated annotations or its ConfigMap (owned by the cluster's operators), keep `allow-snippet-annotations` false (KL6002), and remove annotation values that carry nginx syntax.",
        Example = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                nginx.ingress.kubernetes.io/configuration-snippet: |
                  more_set_headers "X-Frame-Options: DENY";
            spec:
              ingressClassName: nginx
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            name: shop
                            port:
                              number: 80
            """,
        FixedExample = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
            spec:
              ingressClassName: nginx
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            name: shop
                            port:
                              number: 80
            """,
        References = ["CVE-2021-25742: https://github.com/kubernetes/ingress-nginx/issues/7837", "CVE-2025-1097, CVE-2025-1098, CVE-2025-24514: https://kubernetes.io/blog/2025/03/24/ingress-nginx-cve-2025-1974/", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations-risk/"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object.Kind != "Ingress" || context.Object.Metadata?.GetMapping("annotations") is not { } annotations)
        {
            return;
        }

        foreach (var entry in annotations.Entries)
        {
            if (entry.KeyText is not { } key || entry.Value.AsString() is not { } value)
            {
                continue;
            }

            if (SnippetAnnotations.Contains(key))
            {
                context.Report(entry.Key, $"annotation {key} writes raw nginx configuration into the ingress controller, which can read every Secret it serves");
            }
            else if (key.StartsWith(CommunityPrefix, StringComparison.Ordinal) && value.IndexOfAny(DirectiveBreakers) is var breaker and >= 0)
            {
                context.Report(entry.Value, $"annotation {key} holds nginx syntax ({Describe(value[breaker])}): it can inject configuration into the ingress controller", Severity.Error);
            }
        }
    }

    private static string Describe(char breaker) => breaker switch
    {
        '\n' or '\r' => "a line break",
        _ => $"'{breaker}'",
    };
}
