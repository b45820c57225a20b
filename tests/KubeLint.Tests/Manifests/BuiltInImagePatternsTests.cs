using System.Text.RegularExpressions;
using KubeLint.Manifests.AdminUis;

namespace KubeLint.Tests.Manifests;

/// <summary>The built-in catalogue's image patterns, generated at build time, match as the same patterns built at run time do.</summary>
public class BuiltInImagePatternsTests
{
    [Test]
    public void Every_image_pattern_of_the_catalogue_is_generated() =>
        Assert.That(AdminUiCatalog.BuiltIn.SelectMany(e => e.Images).Where(p => !BuiltInImagePatterns.All.ContainsKey(p)), Is.Empty);

    [Test]
    public void Generated_patterns_match_as_runtime_ones_do()
    {
        string[] repositories =
        [
            "kubernetesui/dashboard", "docker.io/kubernetesui/dashboard-api", "kubernetes-dashboard-amd64", "k8s.gcr.io/kubernetes-dashboard-arm64-head",
            "KubernetesUI/Dashboard-Web", "ghcr.io/headlamp-k8s/headlamp", "quay.io/argoproj/argocd", "argoproj/argocli", "grafana/grafana-oss",
            "grafana/grafana-enterprise", "docker.io/bitnami/grafana", "prom/prometheus", "quay.io/prometheus/alertmanager", "traefik", "library/traefik",
            "jupyter/scipy-notebook", "jupyter/notebook", "bitnami/jupyter-base-notebook", "centraldashboard", "kubeflow/central-dashboard", "tiller",
            "mytraefik", "grafana/grafana-agent", "prom/prometheus-exporter", "notjupyter/scipy-notebook", "", "/", "a/b/c/tiller", "tiller/x",
        ];
        Assert.Multiple(() =>
        {
            foreach (var (pattern, generated) in BuiltInImagePatterns.All)
            {
                var runtime = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
                foreach (var repository in repositories)
                {
                    Assert.That(generated().IsMatch(repository), Is.EqualTo(runtime.IsMatch(repository)), $"{pattern} on {repository}");
                }
            }

            Assert.That(repositories.Count(r => BuiltInImagePatterns.All.Values.Any(g => g().IsMatch(r))), Is.GreaterThan(15), "most samples are admin UIs");
        });
    }
}
