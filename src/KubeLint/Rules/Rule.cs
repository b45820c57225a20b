namespace KubeLint.Rules;

/// <summary>A lint rule. Derive from <see cref="ObjectRule"/> to write one of your own.</summary>
public abstract class Rule
{
    private protected Rule()
    {
    }

    /// <summary>The rule's identity, defaults and documentation.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Descriptor.Id} {Descriptor.Name}";
}
