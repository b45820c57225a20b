using System.Diagnostics;
using KubeLint.Linting.Rendering;
using KubeLint.Linting.Rendering.Templates;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>
/// The template line that wrote a line of <c>helm template</c> output, for the ways templates write:
/// several documents in one file, branches, conditional list items, loops, values written by an
/// expression and named templates. The rendered texts are what helm v4 writes for these templates.
/// </summary>
public class TemplateLocatorTests
{
    private const string Template = "templates/t.yaml";
    private const string Helpers = "templates/_helpers.tpl";

    private static TemplateHit? Locate(string template, string rendered, string renderedLine, int column = 0, string? helpers = null)
    {
        var files = new Dictionary<string, string> { [Template] = template };
        if (helpers is not null)
        {
            files[Helpers] = helpers;
        }

        var lines = ("---\n# Source: chart/" + Template + "\n" + rendered).Split('\n');
        var index = Array.IndexOf(lines, renderedLine);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"the rendered text has no line \"{renderedLine}\"");
        var locator = new TemplateLocator(lines, new ChartTemplates(file => files.GetValueOrDefault(file), () => files.Keys));
        return locator.Locate(index + 1, column > 0 ? column : renderedLine.Length - renderedLine.TrimStart().Length + 1, Template);
    }

    [Test]
    public void A_line_of_the_second_document_of_a_template_is_found_in_that_document()
    {
        const string template = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: {{ .Release.Name }}-leader
            rules:
              - apiGroups: [""]
                resources: ["configmaps"]
                verbs: ["get"]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: {{ .Release.Name }}-issuers
            rules:
              - apiGroups: [""]
                resources: ["secrets"]
                verbs: ["get"]
            """;
        const string rendered = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: rel-issuers
            rules:
              - apiGroups: [""]
                resources: ["secrets"]
                verbs: ["get"]
            """;

        var hit = Locate(template, rendered, "  - apiGroups: [\"\"]", column: 5);

        Assert.That(hit?.At, Is.EqualTo(new TemplatePlace(Template, 15, 5, 20)));
    }

    [Test]
    public void A_line_of_the_branch_that_rendered_is_found_there_not_in_the_first_branch_with_the_same_text()
    {
        const string template = """
            spec:
              containers:
              {{- if eq .Values.datastore "etcd" }}
                - name: {{ .Values.name }}
                  image: etcd-agent
              {{- else }}
                - name: {{ .Values.name }}
                  image: kdd-agent
              {{- end }}
            """;
        const string rendered = """
            spec:
              containers:
                - name: agent
                  image: kdd-agent
            """;

        Assert.Multiple(() =>
        {
            Assert.That(Locate(template, rendered, "    - name: agent", column: 7)?.At.Line, Is.EqualTo(7));
            Assert.That(Locate(template, rendered, "      image: kdd-agent")?.At.Line, Is.EqualTo(8));
        });
    }

    [Test]
    public void Conditional_list_items_do_not_shift_the_lines_of_the_ones_after_them()
    {
        const string template = """
            volumes:
              {{- if .Values.cni }}
              - name: cni
                hostPath:
                  path: /etc/cni/net.d
              {{- end }}
              - name: flannel
                hostPath:
                  path: /run/flannel
            """;
        const string rendered = """
            volumes:
              - name: flannel
                hostPath:
                  path: /run/flannel
            """;

        Assert.That(Locate(template, rendered, "      path: /run/flannel")?.At.Line, Is.EqualTo(9));
    }

    [Test]
    public void Each_pass_of_a_loop_is_found_at_the_loop_body_and_the_lines_after_it_after_it()
    {
        const string template = """
            rules:
            {{- range .Values.rules }}
              - apiGroups: [""]
                resources: [{{ . | quote }}]
                verbs: ["get"]
            {{- end }}
              - apiGroups: ["apps"]
                resources: ["deployments"]
                verbs: ["*"]
            """;
        const string rendered = """
            rules:
              - apiGroups: [""]
                resources: ["pods"]
                verbs: ["get"]
              - apiGroups: [""]
                resources: ["secrets"]
                verbs: ["get"]
              - apiGroups: ["apps"]
                resources: ["deployments"]
                verbs: ["*"]
            """;

        Assert.Multiple(() =>
        {
            Assert.That(Locate(template, rendered, "    resources: [\"secrets\"]")?.At.Line, Is.EqualTo(4));
            Assert.That(Locate(template, rendered, "    verbs: [\"*\"]")?.At.Line, Is.EqualTo(9));
        });
    }

    [Test]
    public void A_value_written_by_an_expression_points_at_the_expression()
    {
        const string template = """
            spec:
              containers:
                - name: app
                  {{- with .Values.securityContext }}
                  securityContext:
                    {{- toYaml . | nindent 12 }}
                  {{- end }}
                  env:
                    - name: MODE
                      value: prod
            """;
        const string rendered = """
            spec:
              containers:
                - name: app
                  securityContext:
                    privileged: true
                    runAsUser: 0
                  env:
                    - name: MODE
                      value: prod
            """;

        var hit = Locate(template, rendered, "        runAsUser: 0");

        Assert.Multiple(() =>
        {
            Assert.That(hit?.At, Is.EqualTo(new TemplatePlace(Template, 6, 9, 37)));
            Assert.That(hit?.NamedTemplate, Is.Null);
            Assert.That(Locate(template, rendered, "          value: prod")?.At.Line, Is.EqualTo(10));
        });
    }

    [Test]
    public void A_node_written_by_a_named_template_points_at_the_include_and_names_the_template_line()
    {
        const string template = """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                spec:
                  {{- include "app.pod" . | nindent 6 }}
            """;
        const string helpers = """
            {{- define "app.labels" -}}
            app: web
            {{- end }}

            {{- define "app.pod" -}}
            hostNetwork: {{ .Values.hostNetwork }}
            containers:
              - name: web
                securityContext:
                  privileged: true
            {{- end }}
            """;
        const string rendered = """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                spec:
                  hostNetwork: true
                  containers:
                    - name: web
                      securityContext:
                        privileged: true
            """;

        var hit = Locate(template, rendered, "            privileged: true", helpers: helpers);

        Assert.Multiple(() =>
        {
            Assert.That(hit?.At, Is.EqualTo(new TemplatePlace(Template, 6, 7, 45)));
            Assert.That(hit?.NamedTemplate, Is.EqualTo("app.pod"));
            Assert.That(hit?.InNamedTemplate, Is.EqualTo(new TemplatePlace(Helpers, 10, 7, 23)));
            Assert.That(Locate(template, rendered, "      hostNetwork: true", helpers: helpers)?.InNamedTemplate?.Line, Is.EqualTo(6));
        });
    }

    [Test]
    public void Trim_markers_comments_and_braces_in_strings_are_read_as_text_template_reads_them()
    {
        var tokens = GoTemplateLexer.Tokenize("a: {{- /* }} */ -}}\nb: {{ \"}}\" }}{{ `x}}` }}");

        Assert.That(tokens.Select(t => (t.IsAction, t.Body, t.TrimLeft, t.TrimRight)), Is.EqualTo(new[]
        {
            (false, "", false, false),
            (true, "/* }} */", true, true),
            (false, "", false, false),
            (true, "\"}}\"", false, false),
            (true, "`x}}`", false, false),
        }));
    }

    [Test]
    public void A_hostile_template_and_output_are_aligned_in_bounded_time()
    {
        // A chart in a pull request may hold anything: many patterns that match long lines only after a scan.
        var template = string.Concat(Enumerable.Repeat("a{{ .x }}b{{ .y }}c\n", 3000));
        var line = "a" + new string('b', 20_000) + "c";
        var rendered = string.Join('\n', Enumerable.Repeat(line, 600));

        var watch = Stopwatch.StartNew();
        _ = Locate(template, rendered, line, column: 1);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void A_subchart_used_under_an_alias_is_found_by_its_chart_name()
    {
        using var charts = new TempDirectory();
        charts.Write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\ndependencies:\n  - name: ingress-nginx\n    alias: nginx\n    version: 4.12.0\n");
        charts.Write("web/charts/ingress-nginx/Chart.yaml", "apiVersion: v2\nname: ingress-nginx\nversion: 4.12.0\n");
        var deployment = charts.Write("web/charts/ingress-nginx/templates/deployment.yaml", "kind: Deployment\n");
        var web = Path.Combine(charts.Path, "web");

        Assert.Multiple(() =>
        {
            Assert.That(HelmChart.TemplateFile(web, "charts/nginx/templates/deployment.yaml"), Is.EqualTo(deployment));
            Assert.That(HelmChart.TemplateFile(web, "charts/ingress-nginx/templates/deployment.yaml"), Is.EqualTo(deployment));
            Assert.That(HelmChart.TemplateFile(web, "charts/redis/templates/deployment.yaml"), Is.Null);
        });
    }
    [Test]
    public void Lines_after_an_include_in_a_branch_that_did_not_render_are_found_at_their_own_lines()
    {
        // kong's deployment: the controller container's include sits in an `if` that rendered nothing,
        // and the proxy container's lines after it are literal or written by toYaml/include (nindent).
        // values: controller.enabled false, a containerSecurityContext, and 40 extraEnv items (a long stretch of output).
        var extraEnv = string.Concat(Enumerable.Range(1, 40).Select(i => $"\n    - name: EXTRA_{i}\n      value: \"{i}\""));
        const string template = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: proxy
            spec:
              containers:
              {{- if .Values.controller.enabled }}
              {{- include "chart.controller" . | nindent 2 }}
              {{ end }}
              - name: "proxy"
                image: proxy:1.0
                securityContext:
                {{ toYaml .Values.containerSecurityContext | nindent 6 }}
                env:
                {{- include "chart.env" . | nindent 4 }}
            """;
        const string helpers = """
            {{- define "chart.controller" -}}
            - name: controller
              image: controller:1.0
            {{- end -}}
            {{- define "chart.env" -}}
            - name: PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db
                  key: password
            {{ toYaml .Values.extraEnv }}
            {{- end -}}
            """;
        var rendered = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: proxy
            spec:
              containers:
              - name: "proxy"
                image: proxy:1.0
                securityContext:

                  readOnlyRootFilesystem: true
                  runAsNonRoot: true
                env:
                - name: PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: db
                      key: password
            """.Replace("\n\n", "\n    \n", StringComparison.Ordinal) + extraEnv;

        var secretKeyRef = Locate(template, rendered, "        secretKeyRef:", helpers: helpers);
        var securityContext = Locate(template, rendered, "      runAsNonRoot: true");
        var name = Locate(template, rendered, "  - name: \"proxy\"", column: 5);

        Assert.Multiple(() =>
        {
            Assert.That(secretKeyRef?.At.Line, Is.EqualTo(15), "the env comes from the include on line 15");
            Assert.That(secretKeyRef?.InNamedTemplate?.Line, Is.EqualTo(8));
            Assert.That(securityContext?.At.Line, Is.EqualTo(13), "the security context comes from toYaml on line 13");
            Assert.That(name?.At.Line, Is.EqualTo(10));
        });
    }

    [Test]
    public void Any_line_of_any_render_is_located_or_not_without_throwing()
    {
        string[] template = ["{{", "}}", "{{-", "-}}", " ", "\n", "  - ", "key: ", "{{ define \"a\" }}", "{{ end }}", "{{ if .x }}", "{{ else }}", "{{ range .y }}",
            "{{ include \"a\" . | nindent 2 }}", "{{ include \"b\" . }}", "| indent ", "3", "٣", "\"", "`", "/*", "*/", "{{ $v := 1 }}", "{{ template \"a\" }}", "x", "\t",
            "---\n", "apiVersion: v1\n", "kind: Pod\n", "name: {{ .Release.Name }}\n", "a:\n", "  b: c\n", "- d\n"];
        string[] output = ["\n", "  - ", "key: ", "x", "---\n", "# Source: c/" + Template + "\n", "# Source: c/" + Helpers + "\n", "# Source: \n", "apiVersion: v1\n", "kind: Pod\n",
            "name: r\n", "a:\n", "  b: c\n", "- d\n", " ", "\t", "\"", "٣"];
        var random = new Random(11);
        string Pieces(string[] pieces, int most) => string.Concat(Enumerable.Range(0, random.Next(1, most)).Select(_ => pieces[random.Next(pieces.Length)]));
        for (var i = 0; i < 5_000; i++)
        {
            var files = new Dictionary<string, string> { [Template] = Pieces(template, 40), [Helpers] = Pieces(template, 20) };
            var lines = ("---\n# Source: c/" + Template + "\n" + Pieces(output, 40)).Split('\n');
            var locator = new TemplateLocator(lines, new ChartTemplates(file => files.GetValueOrDefault(file), () => files.Keys));
            try
            {
                locator.AlignAhead(source => source.EndsWith(Template, StringComparison.Ordinal) ? Template : source.EndsWith(Helpers, StringComparison.Ordinal) ? Helpers : null, () => false);
                for (var line = 1; line <= lines.Length; line++)
                {
                    locator.Locate(line, random.Next(1, 12), line % 3 == 0 ? Helpers : Template);
                }
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} for template «{files[Template]}», helpers «{files[Helpers]}», render «{string.Join("\\n", lines)}»: {e}");
            }
        }
    }
}
