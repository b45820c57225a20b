using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class RestrictedVolumeTypeRule : ObjectRule
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RestrictedVolumeType,
        Name = "restricted-volume-type",
        Title = "Volume type outside the restricted set",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "Every volume of the pod for a type outside `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `persistentVolumeClaim`, `projected` and `secret` (for example `nfs`, `iscsi`, `rbd`, `gitRepo`, `awsElasticBlockStore`, `flexVolume`). A volume with no source is an `emptyDir`, as the API server defaults it. `hostPath` is reported by KL3005.",
        WhyItMatters = "Inline volume sources connect the pod directly to storage systems and node-level drivers, outside the control of persistent-volume claims: `gitRepo` runs git on the node as root, `flexVolume` runs node-side binaries, and network volumes carry credentials in the pod spec. Pod Security Standards restricted limits them (control \"Volume Types\").",
        HowToFix = "Replace the inline volume with a PersistentVolumeClaim (or a CSI or ephemeral volume).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: nginx:1.27
              volumes:
                - name: shared
                  nfs:
                    server: nfs.example.com
                    path: /exports/shared
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: nginx:1.27
              volumes:
                - name: shared
                  persistentVolumeClaim:
                    claimName: shared
            """,
        Pss = new PssControl(PssLevel.Restricted, "Volume Types", new PssVersion(1, 0)),
        References = ["Pod Security Standards: restricted / Volume Types"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var volume in context.Pod?.Volumes ?? [])
        {
            var types = volume.Entries.Where(e => e.KeyText is not (null or "name")).ToList();
            if (types.Count == 0 || types.Any(t => AllowedTypes.Contains(t.KeyText!)) || types.Any(t => t.KeyText == "hostPath"))
            {
                continue;
            }

            var type = types[0];
            context.Report(type.Key, $"volume \"{volume.GetString("name")}\" uses the {type.KeyText} volume type, which restricted does not allow");
        }
    }
}
