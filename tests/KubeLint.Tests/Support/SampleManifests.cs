namespace KubeLint.Tests.Support;

/// <summary>Small manifests shared by engine and CLI tests.</summary>
internal static class SampleManifests
{
    /// <summary>Hardened in every way but <c>privileged: true</c> (line 12), which forces allowPrivilegeEscalation on too.</summary>
    public static string PrivilegedPod(string name = "bad", string ns = "default") => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          automountServiceAccountToken: false
          containers:
            - name: app
              image: busybox:1.36
              securityContext:
                privileged: true
                readOnlyRootFilesystem: true
                capabilities: {"{"}drop: [ALL]{"}"}
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            seccompProfile: {"{"}type: RuntimeDefault{"}"}
        """;

    /// <summary>A pod no built-in rule objects to.</summary>
    public static string HardenedPod(string name = "good") => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
        spec:
          automountServiceAccountToken: false
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            runAsGroup: 10001
            seccompProfile: {"{"}type: RuntimeDefault{"}"}
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities: {"{"}drop: [ALL]{"}"}
        """;
}
