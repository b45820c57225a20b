namespace KubeLint.Tests.Support;

/// <summary>Small manifests shared by engine and CLI tests.</summary>
internal static class SampleManifests
{
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
        """;

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
          containers:
            - name: app
              image: nginx:1.27
        """;
}
