using System.Xml;
using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>
/// JUnit XML as Jenkins, GitLab and Azure DevOps read it: a test suite per file, a test case per
/// object and rule that looks at it, failing with the rule's findings; unreadable input is an error case.
/// </summary>
internal sealed class JUnitReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var findingsByObject = result.Findings.ToLookup(f => (f.Rendered?.Input ?? f.Location.File, f.Object));
        var objectsByFile = result.Objects.ToLookup(o => o.File, StringComparer.Ordinal);
        var errorsByFile = result.Errors.ToLookup(e => e.File, StringComparer.Ordinal);
        var suites = objectsByFile.Select(g => g.Key)
            .Concat(errorsByFile.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(file => BuildSuite(file, errorsByFile[file], objectsByFile[file], result.Rules, findingsByObject))
            .ToList();

        // The declaration is written by hand: an XmlWriter over a TextWriter would claim the writer's encoding (UTF-16 for strings).
        output.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, CloseOutput = false });
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "kubelint");
        WriteCounts(xml, suites.Sum(s => s.Cases.Count), suites.Sum(s => s.Failures), suites.Sum(s => s.Errors));
        foreach (var suite in suites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", SafeText.ForXml(suite.File));
            WriteCounts(xml, suite.Cases.Count, suite.Failures, suite.Errors);
            foreach (var testCase in suite.Cases)
            {
                testCase.WriteTo(xml, suite.File);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.Flush();
        output.WriteLine();
    }

    private static Suite BuildSuite(
        string file,
        IEnumerable<InputError> errors,
        IEnumerable<LintedObject> objects,
        IReadOnlyList<RuleDescriptor> rules,
        ILookup<(string, Manifests.ObjectRef), Finding> findingsByObject)
    {
        var cases = new List<Case>();
        foreach (var error in errors)
        {
            cases.Add(new Case(file, "input", null, [], error));
        }

        foreach (var obj in objects)
        {
            var findings = findingsByObject[(file, obj.Ref)].ToList();
            foreach (var rule in rules.Where(r => RuleApplicability.AppliesTo(r, obj.Ref) || findings.Any(f => f.RuleId == r.Id)))
            {
                cases.Add(new Case(obj.Ref.Display, $"{rule.Id} {rule.Name}", rule, [.. findings.Where(f => f.RuleId == rule.Id)], null));
            }
        }

        return new Suite(file, cases);
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed record Suite(string File, IReadOnlyList<Case> Cases)
    {
        public int Failures => Cases.Count(c => c.Findings.Count > 0);

        public int Errors => Cases.Count(c => c.Error is not null);
    }

    private sealed record Case(string ClassName, string Name, RuleDescriptor? Rule, IReadOnlyList<Finding> Findings, InputError? Error)
    {
        public void WriteTo(XmlWriter xml, string file)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", SafeText.ForXml(ClassName));
            xml.WriteAttributeString("name", SafeText.ForXml(Name));
            xml.WriteAttributeString("file", SafeText.ForXml(file));
            if (Error is not null)
            {
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", SafeText.ForXml(Error.Message));
                xml.WriteAttributeString("type", "input");
                xml.WriteString(SafeText.ForXml(Error.HasPosition ? $"{Error.File}:{Error.Line}:{Error.Column}: {Error.Message}" : $"{Error.File}: {Error.Message}"));
                xml.WriteEndElement();
            }
            else if (Findings.Count > 0)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", SafeText.ForXml(Findings[0].Message));
                xml.WriteAttributeString("type", Findings.Max(f => f.Severity).ToName());
                xml.WriteString(SafeText.ForXml(string.Join('\n', Findings.Select(f => $"{f.Location.File}:{f.Location.Start.Line}:{f.Location.Start.Column}: {f.Severity.ToName()} {f.RuleId} {f.RuleName}: {f.Message}"))));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    }
}
