using KubeLint.Linting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Corpus;

/// <summary>
/// Lints the whole of ../shared/corpus (thousands of real manifests): nothing crashes, and every
/// error reported is a real defect of its file, listed here with the reason.
/// </summary>
[Category("Corpus")]
public class CorpusTests
{
    private static readonly (string File, string Reason)[] KnownDefects =
    [
        ("argo-cd/gitops-engine/pkg/health/testdata/statefulset-ondelete.yaml", "duplicate key \"updateStrategy\""),
        ("argo-cd/resource_customizations/rabbitmq.com/User/testdata/unknown.yaml", "duplicate key \"status\""),
        ("ingress-nginx/cmd/plugin/krew.yaml", "invalid YAML"),
        ("kubernetes-examples/_archived/newrelic-infrastructure/newrelic-config-template.yaml", "un-rendered {{ }} template"),
        ("kubernetes-examples/_archived/newrelic/newrelic-config-template.yaml", "un-rendered {{ }} template"),
        ("kubernetes-examples/_archived/openshift-origin/etcd-controller.yaml", "duplicate key \"selector\""),
        ("kubernetes-examples/_archived/openshift-origin/etcd-discovery-controller.yaml", "duplicate key \"selector\""),
        ("kubernetes-examples/_archived/openshift-origin/openshift-controller.yaml", "duplicate key \"selector\""),
        ("kubernetes-examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml", "duplicate key \"type\""),
        ("kubernetes-examples/_archived/storage/vitess/etcd-controller-template.yaml", "un-rendered {{ }} template"),
        ("kubernetes-examples/_archived/storage/vitess/etcd-service-template.yaml", "un-rendered {{ }} template"),
        ("kubernetes-examples/_archived/storage/vitess/vtgate-controller-template.yaml", "un-rendered {{ }} template"),
        ("kubernetes-examples/_archived/volumes/scaleio/sc-pvc.yaml", "duplicate key \"storageClassName\""),
        ("prometheus-community-charts/kube-prometheus-stack/ci-03-non-defaults-values.yaml", "duplicate key \"logFormat\""),
        ("prometheus-community-charts/kube-prometheus-stack/ci-03-non-defaults-values.yaml", "duplicate key \"logLevel\""),
    ];

    private static LintResult? _result;

    private static LintResult Result
    {
        get
        {
            var corpus = RepositoryPaths.RequireShared("corpus");
            return _result ??= new Linter().Lint(new LintRequest { Paths = [corpus], Render = CorpusRendering.Off });
        }
    }

    [Test]
    public void The_whole_corpus_lints_without_internal_failures()
    {
        // Read before Assert.Multiple: without ../shared the test is skipped, which NUnit refuses inside it.
        var result = Result;
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Where(e => e.IsInternalFailure), Is.Empty);
            Assert.That(result.Summary.Files, Is.GreaterThan(5000));
            Assert.That(result.Summary.Objects, Is.GreaterThan(15000));
        });
    }

    [Test]
    public void Every_error_is_a_known_real_defect_of_its_file()
    {
        var corpus = RepositoryPaths.RequireShared("corpus");
        var unexpected = Result.Errors
            .Select(e => (File: Path.GetRelativePath(corpus, e.File).Replace('\\', '/'), e.Message, e.Line))
            .Where(e => !KnownDefects.Any(k => k.File == e.File && e.Message.Contains(k.Reason, StringComparison.Ordinal)))
            .Select(e => $"{e.File}:{e.Line}: {e.Message}");
        Assert.That(unexpected, Is.Empty, "valid files must not produce errors");
    }

    [Test]
    public void Every_known_defect_is_still_reported()
    {
        var corpus = RepositoryPaths.RequireShared("corpus");
        var reported = Result.Errors.Select(e => Path.GetRelativePath(corpus, e.File).Replace('\\', '/')).ToHashSet();
        Assert.That(KnownDefects.Select(k => k.File).Where(f => !reported.Contains(f)), Is.Empty);
    }
}
