namespace KubeLint.Linting.Rendering;

/// <summary>
/// One renderer run exactly as the <see cref="RendererSandbox"/> makes it: the program, its arguments
/// and folder, and what the sandbox and the output limit take from the options. Two commands are
/// equal only when every part is, which is what lets a run use a render started before it knew its
/// arguments (<see cref="RenderHeadStart"/>).
/// </summary>
internal sealed record RenderCommand(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory, RenderOptions Options, long MaxOutputChars)
{
    /// <summary>Runs the command; <paramref name="started"/> is called once the renderer has started.</summary>
    public ToolRun Run(Action? started = null, CancellationToken cancel = default) =>
        RendererSandbox.Run(Program, Arguments, WorkingDirectory, Options, MaxOutputChars, cancel: cancel, started: started);

    /// <summary>The run <paramref name="headStart"/> began of this very command if there is one to take, else a run of its own.</summary>
    public ToolRun TakeOrRun(RenderHeadStart? headStart) => headStart?.TryTake(this) ?? Run();

    public bool Equals(RenderCommand? other) =>
        other is not null
        && Program == other.Program
        && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal)
        && WorkingDirectory == other.WorkingDirectory
        && MaxOutputChars == other.MaxOutputChars
        && Options.Timeout == other.Options.Timeout
        && Options.MaxRendererMemory == other.Options.MaxRendererMemory
        && Options.IsolateNetwork == other.Options.IsolateNetwork;

    public override int GetHashCode() => HashCode.Combine(Program, WorkingDirectory, Arguments.Count, MaxOutputChars);
}
