using System.Diagnostics.CodeAnalysis;

namespace KubeLint.Rules;

/// <summary>
/// A rule that looks at one object at a time, while its tree is in memory. It must not touch the
/// file system, the console, the clock or the environment: report through the context only.
/// </summary>
[SuppressMessage("ApiDesign", "RS0022", Justification = "ObjectRule is the extension point for rules of your own; Rule stays closed to other kinds.")]
public abstract class ObjectRule : Rule
{
    /// <summary>For derived rules.</summary>
    protected ObjectRule()
    {
    }

    /// <summary>Checks one object and reports what it finds through <paramref name="context"/>.</summary>
    public abstract void Check(RuleContext context);
}
