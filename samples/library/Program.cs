using KubeLint.Example;
using KubeLint.Linting;
using KubeLint.Reporting;
using KubeLint.Rules;

// 1. Lint a manifest held in a string.
const string Manifest = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: debug
    spec:
      containers:
        - name: shell
          image: docker.io/library/busybox:1.36
          securityContext:
            privileged: true
    """;

var fromText = new Linter().LintText(Manifest, "debug-pod.yaml");
Console.WriteLine($"== a string: {fromText.Findings.Count} findings");
foreach (var finding in fromText.Findings.Where(f => f.Severity == Severity.Error))
{
    Console.WriteLine($"{finding.Location.File}:{finding.Location.Start.Line}:{finding.Location.Start.Column} {finding.RuleId} {finding.Message}");
}

// 2. Lint a folder (every .yaml, .yml and .json under it) and print the text report.
var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "manifests");
var fromFolder = new Linter().Lint(new LintRequest { Paths = [folder] });
Console.WriteLine($"== a folder: {fromFolder.Summary.Files} files, {fromFolder.Summary.Objects} objects, {fromFolder.Findings.Count} findings, {fromFolder.Errors.Count} errors");

// 3. Run a rule of our own beside the built-in ones.
var withOwnRule = new Linter([.. BuiltInRules.All, new TrustedRegistryRule("registry.acme.example")]).LintText(Manifest, "debug-pod.yaml");
Console.WriteLine("== with a rule of our own:");
ReportFormats.WriterFor(ReportFormat.Text, new ReportOptions(Environment.CurrentDirectory)).Write(withOwnRule with { Findings = [.. withOwnRule.Findings.Where(f => f.RuleId == "ACME001")] }, Console.Out);

return fromFolder.Errors.Count == 0 ? 0 : 1;
