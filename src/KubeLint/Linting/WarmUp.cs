using KubeLint.Linting.Rendering.Templates;

namespace KubeLint.Linting;

/// <summary>
/// Lints a small built-in manifest and finds the template line that wrote a line of a small built-in
/// chart, so that a process waiting for a renderer has loaded and compiled that code when the render
/// arrives: the first lint of a process spends most of its time there. Nothing it finds is reported.
/// </summary>
internal static class WarmUp
{
    private const string HelpersFile = "templates/_helpers.tpl";
    private const string DeploymentFile = "templates/deployment.yaml";

    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: warm-up
          namespace: warm-up
        spec:
          selector:
            matchLabels: { app: warm-up }
          template:
            metadata:
              labels: { app: warm-up }
            spec:
              serviceAccountName: warm-up
              hostNetwork: true
              containers:
                - name: app
                  image: "example.com/app:1"
                  args: ["--port=8080"]
                  ports: [{ containerPort: 8080 }]
                  securityContext:
                    privileged: true
                    capabilities: { add: [NET_ADMIN] }
                  volumeMounts: [{ name: host, mountPath: /host }]
              volumes:
                - name: host
                  hostPath: { path: /var/run/docker.sock }
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: warm-up, namespace: warm-up }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: warm-up }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
        subjects: [{ kind: ServiceAccount, name: warm-up, namespace: warm-up }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: warm-up, namespace: warm-up }
        spec:
          type: LoadBalancer
          selector: { app: warm-up }
          ports: [{ port: 80, targetPort: 8080 }]
        """;

    private const string Helpers = """
        {{- define "warm-up.pod" -}}
        serviceAccountName: {{ .Values.account }}
        containers:
          - name: app
            image: {{ .Values.image | quote }}
            {{- if .Values.privileged }}
            securityContext:
              privileged: true
            {{- else }}
            securityContext:
              runAsNonRoot: true
            {{- end }}
        {{- end }}
        """;

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}
        spec:
          template:
            spec:
              {{- include "warm-up.pod" . | nindent 6 }}
        """;

    private const string Rendered = """
        ---
        # Source: warm-up/templates/deployment.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: warm-up
        spec:
          template:
            spec:
              serviceAccountName: default
              containers:
                - name: app
                  image: "app:1"
                  securityContext:
                    privileged: true
        """;

    /// <summary>Lints the built-in manifest and locates a line of the built-in render; returns the lint's result, for a caller that warms its reports too.</summary>
    public static LintResult Run()
    {
        var result = new Linter().LintText(Manifest, "warm-up.yaml");
        _ = LocatePrivileged();
        return result;
    }

    /// <summary>Where the built-in render's <c>privileged: true</c> was written.</summary>
    internal static TemplateHit? LocatePrivileged()
    {
        var templates = new ChartTemplates(file => file == HelpersFile ? Helpers : file == DeploymentFile ? Deployment : null, () => [DeploymentFile, HelpersFile]);
        var lines = Rendered.Split('\n');
        var locator = new TemplateLocator(lines, templates);
        locator.AlignAhead(source => source == "warm-up/" + DeploymentFile ? DeploymentFile : null, () => false);
        var line = Array.FindIndex(lines, l => l.Trim() == "privileged: true");
        return locator.Locate(line + 1, lines[line].IndexOf('p', StringComparison.Ordinal) + 1, DeploymentFile);
    }
}
