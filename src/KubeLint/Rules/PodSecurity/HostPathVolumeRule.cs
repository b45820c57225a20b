using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostPathVolumeRule : ObjectRule
{
    private static readonly string[] SensitiveRoots = ["/", "/etc", "/proc", "/sys", "/var/run", "/run", "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/etc/kubernetes"];

    private static readonly string[] SensitiveTrees = ["/var/lib/kubelet/", "/etc/kubernetes/pki/"];

    private static readonly string[] NodeCredentialFiles =
    [
        "/etc/kubernetes/admin.conf", "/etc/kubernetes/super-admin.conf", "/etc/kubernetes/kubelet.conf",
        "/etc/kubernetes/controller-manager.conf", "/etc/kubernetes/scheduler.conf", "/var/lib/kube-proxy/kubeconfig",
    ];

    private static readonly string[] RuntimeSockets = ["docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "dockershim.sock"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostPathVolume,
        Name = "host-path-volume",
        Title = "hostPath volume",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "Every `hostPath` volume of a pod. It is an error for the paths that hand over the node: `/`, `/etc`, `/proc`, `/sys`, `/var/run`, `/run`, the kubelet's and the container runtime's state and credentials (`/var/lib/kubelet` and below, `/etc/kubernetes`, `/etc/kubernetes/pki` and below, the kubeconfig files kubeadm writes there, `/var/lib/docker`, `/var/lib/containerd`) and container runtime sockets (`docker.sock`, `containerd.sock`, `crio.sock`); a warning for any other host path. Read-only mounts count too: reading `/etc/kubernetes` or the kubelet's credentials is enough to take a node.",
        WhyItMatters = "A hostPath volume gives the container the node's file system. Through the runtime socket a container can start privileged containers on the node; through `/etc`, `/var/lib/kubelet` or `/` it can read credentials and plant files that run as root. Pod Security Standards baseline forbids every hostPath volume (control \"HostPath Volumes\").",
        HowToFix = "Replace the hostPath volume with a ConfigMap, Secret, emptyDir or persistent volume, or confine the workload to dedicated nodes if it truly needs the host.",
        Example = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: log-shipper
            spec:
              selector:
                matchLabels: {app: log-shipper}
              template:
                metadata:
                  labels: {app: log-shipper}
                spec:
                  containers:
                    - name: shipper
                      image: fluent/fluent-bit:3.1
                      volumeMounts:
                        - {name: docker, mountPath: /var/run/docker.sock}
                  volumes:
                    - name: docker
                      hostPath:
                        path: /var/run/docker.sock
            """,
        FixedExample = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: log-shipper
            spec:
              selector:
                matchLabels: {app: log-shipper}
              template:
                metadata:
                  labels: {app: log-shipper}
                spec:
                  containers:
                    - name: shipper
                      image: fluent/fluent-bit:3.1
                      volumeMounts:
                        - {name: buffer, mountPath: /buffer}
                  volumes:
                    - name: buffer
                      emptyDir: {}
            """,
        Pss = new PssControl(PssLevel.Baseline, "HostPath Volumes", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / HostPath Volumes", "CIS Kubernetes Benchmark 5.2.11", "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var volume in context.Pod?.Volumes ?? [])
        {
            if (volume.GetMapping("hostPath") is not { } hostPath)
            {
                continue;
            }

            var name = volume.GetString("name") ?? string.Empty;
            var path = hostPath.GetString("path") ?? string.Empty;
            var at = (YamlNode?)hostPath["path"] ?? hostPath;
            if (IsSensitive(path))
            {
                var consequence = OnlyReadOnly(context.Pod!, name)
                    ? "read-only, which still exposes the node's files (credentials, keys, other pods' data)"
                    : "which gives control of the node";
                context.Report(at, $"volume \"{name}\" mounts the host's {path}, {consequence}", Severity.Error);
            }
            else
            {
                context.Report(at, $"volume \"{name}\" mounts the host path {path}");
            }
        }
    }

    internal static bool IsSensitive(string path)
    {
        var normalized = path.Length > 1 ? path.TrimEnd('/') : path;
        return SensitiveRoots.Contains(normalized, StringComparer.Ordinal)
            || SensitiveTrees.Any(tree => normalized.StartsWith(tree, StringComparison.Ordinal))
            || NodeCredentialFiles.Contains(normalized, StringComparer.Ordinal)
            || RuntimeSockets.Any(socket => normalized.EndsWith("/" + socket, StringComparison.Ordinal));
    }

    /// <summary>Whether every container that mounts the volume mounts it <c>readOnly: true</c> (and at least one does).</summary>
    private static bool OnlyReadOnly(Manifests.Workloads.PodSpecView pod, string volume)
    {
        var mounts = pod.Containers
            .SelectMany(c => c.Node["volumeMounts"].AsItems().OfType<YamlMapping>())
            .Where(m => m.GetString("name") == volume)
            .ToList();
        return mounts.Count > 0 && mounts.All(m => m["readOnly"].IsTrue());
    }
}
