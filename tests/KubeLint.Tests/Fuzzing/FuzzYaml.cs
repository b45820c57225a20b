using System.Text;

namespace KubeLint.Tests.Fuzzing;

/// <summary>A YAML tree built by the fuzzer and written out as block (or sometimes flow) YAML text.</summary>
internal abstract record FuzzYaml
{
    public string ToText()
    {
        var text = new StringBuilder();
        Write(text, 0, startsLine: true);
        return text.ToString();
    }

    internal abstract void Write(StringBuilder text, int indent, bool startsLine);

    /// <summary>The node in flow style, e.g. <c>{a: [b]}</c>.</summary>
    public abstract string ToFlow();

    protected static void Indent(StringBuilder text, int indent, bool startsLine)
    {
        if (startsLine)
        {
            text.Append(' ', indent);
        }
    }
}

internal sealed record FuzzScalar(string Text) : FuzzYaml
{
    internal override void Write(StringBuilder text, int indent, bool startsLine)
    {
        Indent(text, indent, startsLine);
        text.Append(Text).Append('\n');
    }

    public override string ToFlow() => Text;
}

internal sealed record FuzzSequence(IReadOnlyList<FuzzYaml> Items, bool Flow = false) : FuzzYaml
{
    internal override void Write(StringBuilder text, int indent, bool startsLine)
    {
        if (Flow || Items.Count == 0)
        {
            Indent(text, indent, startsLine);
            text.Append(ToFlow()).Append('\n');
            return;
        }

        foreach (var (item, index) in Items.Select((item, index) => (item, index)))
        {
            Indent(text, indent, startsLine || index > 0);
            text.Append("- ");
            WriteItem(text, item, indent + 2);
        }
    }

    private static void WriteItem(StringBuilder text, FuzzYaml item, int indent)
    {
        if (item is FuzzMapping { Flow: false, Entries.Count: > 0 } or FuzzSequence { Flow: false, Items.Count: > 0 })
        {
            item.Write(text, indent, startsLine: false);
        }
        else
        {
            text.Append(item.ToFlow()).Append('\n');
        }
    }

    public override string ToFlow() => "[" + string.Join(", ", Items.Select(i => i.ToFlow())) + "]";
}

internal sealed record FuzzMapping(IReadOnlyList<(string Key, FuzzYaml Value)> Entries, bool Flow = false) : FuzzYaml
{
    internal override void Write(StringBuilder text, int indent, bool startsLine)
    {
        if (Flow || Entries.Count == 0)
        {
            Indent(text, indent, startsLine);
            text.Append(ToFlow()).Append('\n');
            return;
        }

        foreach (var ((key, value), index) in Entries.Select((entry, index) => (entry, index)))
        {
            Indent(text, indent, startsLine || index > 0);
            text.Append(key).Append(':');
            switch (value)
            {
                case FuzzMapping { Flow: false, Entries.Count: > 0 }:
                    text.Append('\n');
                    value.Write(text, indent + 2, startsLine: true);
                    break;
                case FuzzSequence { Flow: false, Items.Count: > 0 }:
                    text.Append('\n');
                    value.Write(text, indent, startsLine: true);
                    break;
                default:
                    text.Append(' ').Append(value.ToFlow()).Append('\n');
                    break;
            }
        }
    }

    public override string ToFlow() => "{" + string.Join(", ", Entries.Select(e => e.Key + ": " + e.Value.ToFlow())) + "}";
}
