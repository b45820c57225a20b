namespace KubeLint.Rules;

/// <summary>A built-in rule that runs once per run over the cross-object index, after every file is read.</summary>
internal abstract class CrossObjectRule : Rule
{
    public abstract void Check(CrossObjectContext context);
}
