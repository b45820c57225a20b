using KubeLint.Manifests.Index;
using KubeLint.Rules;

namespace KubeLint.Linting.Engine;

/// <summary>What linting one file produced: findings of per-object rules, errors, and facts for the cross-object phase.</summary>
internal sealed class FileOutcome(FindingPool pool)
{
    public FindingSink Sink { get; } = new(pool);

    /// <summary>Which of the request's paths the file was found under; -1 for text given in memory.</summary>
    public int PathIndex { get; init; } = -1;

    public List<InputError> Errors { get; } = [];

    private FileFacts? _facts = new();

    /// <summary>What the cross-object phase needs of the file; released when that phase is done.</summary>
    public FileFacts Facts => _facts ?? throw new InvalidOperationException("the facts were released after the cross-object phase");

    /// <summary>Lets the facts go once the cross-object phase is done, so that assembling the result does not hold them.</summary>
    public void ReleaseFacts() => _facts = null;

    public List<LintedObject> Objects { get; } = [];

    /// <summary>The chart whose un-rendered template this file is, when it was skipped for that reason.</summary>
    public string? SkippedTemplateOfChart { get; set; }

    /// <summary>For a rendered chart or kustomization: the way back to its source files.</summary>
    public Rendering.RenderedSource? Rendered { get; set; }
}
