using KubeLint.Manifests.Programs;
using KubeLint.Yaml;

namespace KubeLint.Tests.ControlPlane;

public class ContainerCommandLineTests
{
    private static ContainerCommandLine Parse(string container) =>
        ContainerCommandLine.Parse((YamlMapping)YamlLoader.Load(container).Documents[0].Root);

    [Test]
    public void Command_and_args_are_read_together_with_every_flag_form()
    {
        var line = Parse("command: [/usr/local/bin/kube-apiserver, --a=1, --b, two]\nargs: [--c, --d=x=y]\n");
        Assert.Multiple(() =>
        {
            Assert.That(line.Binary, Is.EqualTo("kube-apiserver"));
            Assert.That(line["a"]!.Value, Is.EqualTo("1"));
            Assert.That(line["b"]!.Value, Is.EqualTo("two"), "--flag value");
            Assert.That(line["c"]!.Value, Is.Null, "bare");
            Assert.That(line["d"]!.Value, Is.EqualTo("x=y"));
        });
    }

    [Test]
    public void The_last_occurrence_wins()
    {
        var line = Parse("command: [kube-apiserver, --anonymous-auth=true, --anonymous-auth=false]\n");
        Assert.That(line["anonymous-auth"]!.IsTrue, Is.False);
    }

    [Test]
    public void Go_booleans_do_not_swallow_the_next_word()
    {
        var line = Parse("command: [kubectl-dashboard, --enable-skip-login, serve]\n");
        Assert.Multiple(() =>
        {
            Assert.That(line["enable-skip-login"]!.IsTrue, Is.True);
            Assert.That(line.Positionals, Is.EqualTo(new[] { "serve" }));
        });
    }

    [TestCase("false", false)]
    [TestCase("0", false)]
    [TestCase("true", true)]
    [TestCase("T", true)]
    public void Boolean_values_follow_go(string value, bool expected) =>
        Assert.That(Parse($"command: [x, --profiling={value}]\n")["profiling"]!.IsTrue, Is.EqualTo(expected));

    [Test]
    public void Go_runner_wrappers_are_unwrapped()
    {
        var line = Parse("command: [/go-runner]\nargs: [--log-file=/var/log/a.log, --also-stdout, --redirect-stderr, /usr/local/bin/kube-apiserver, --secure-port=443]\n");
        Assert.Multiple(() =>
        {
            Assert.That(line.Binary, Is.EqualTo("kube-apiserver"));
            Assert.That(line["secure-port"]!.Value, Is.EqualTo("443"));
            Assert.That(line["log-file"], Is.Null, "go-runner's own flags are not the program's");
        });
    }

    [Test]
    public void Shell_scripts_are_split_and_the_command_with_flags_is_chosen()
    {
        var line = Parse("command: [/bin/sh, -ec, \"mkdir -p /tmp/x && exec /usr/local/bin/kube-apiserver --authorization-mode='Node,RBAC' --profiling=false\"]\n");
        Assert.Multiple(() =>
        {
            Assert.That(line.Binary, Is.EqualTo("kube-apiserver"));
            Assert.That(line["authorization-mode"]!.Parts, Is.EqualTo(new[] { "Node", "RBAC" }));
            Assert.That(line["profiling"]!.IsTrue, Is.False);
        });
    }

    [Test]
    public void Args_alone_run_the_image_entrypoint()
    {
        var line = Parse("args: [--auto-generate-certificates, --namespace=kubernetes-dashboard]\n");
        Assert.Multiple(() =>
        {
            Assert.That(line.Binary, Is.Null);
            Assert.That(line["namespace"]!.Value, Is.EqualTo("kubernetes-dashboard"));
        });
    }

    [TestCase("registry.k8s.io/kube-apiserver:v1.31.2", "kube-apiserver", 1, 31)]
    [TestCase("gcr.io/google_containers/kubernetes-dashboard-amd64:v1.6.3", "kubernetes-dashboard-amd64", 1, 6)]
    [TestCase("localhost:5000/kube-apiserver:v1.24.0-rc.1", "kube-apiserver", 1, 24)]
    [TestCase("registry.k8s.io/kube-apiserver@sha256:abc", "kube-apiserver", -1, -1)]
    [TestCase("example/app:99999999999999999999.1", "app", -1, -1)]
    public void Image_versions_are_read_from_tags(string image, string name, int major, int minor)
    {
        var reference = ImageReference.Parse(image);
        Assert.Multiple(() =>
        {
            Assert.That(reference.Name, Is.EqualTo(name));
            Assert.That(reference.Version?.Major ?? -1, Is.EqualTo(major));
            Assert.That(reference.Version?.Minor ?? -1, Is.EqualTo(minor));
        });
    }
}
