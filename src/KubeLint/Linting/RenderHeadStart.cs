using KubeLint.Linting.Configuration;
using KubeLint.Linting.Discovery;
using KubeLint.Linting.Rendering;
using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>
/// A chart or kustomization render begun before the run that needs it has read its command line.
/// <c>helm template</c> takes about as long as the runtime's start and the reading of the command
/// line together; a shell pipe (<c>helm template … | kubelint lint -</c>) runs the two side by side,
/// and this lets chart mode do the same.
/// </summary>
/// <remarks>
/// The guessed request goes through what the run itself does before rendering — the folder's
/// classification (a chart or kustomization, no link leading out of the repository, no remote
/// reference, the renderer on PATH) and its settings (default namespace, path filters) — before
/// anything starts. The run takes the render only when the command it would run itself is equal in
/// every part (<see cref="RenderCommand"/>); otherwise it renders as usual and the early render,
/// never read, is stopped on <see cref="Dispose"/>.
/// </remarks>
internal sealed class RenderHeadStart : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<RenderCommand?> _command = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<ToolRun?> _run;
    private RenderSources? _sources;
    private int _taken;
    private int _sourcesTaken;

    private RenderHeadStart(LintRequest guess, Func<IReadOnlyList<RuleDescriptor>> rules, Action? whileRendering)
    {
        _run = Task.Factory.StartNew(
            () =>
            {
                var (job, command) = CommandOrNull(guess, rules);
                try
                {
                    // The renderer starts first: on a machine of few cores, threads started before it would delay it.
                    return command?.Run(() => AfterStart(job!, command, whileRendering), _stop.Token);
                }
                finally
                {
                    _command.TrySetResult(null);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Begins, on another thread, the render the run of <paramref name="guess"/> would make of its one
    /// folder, if it would make one; <paramref name="whileRendering"/> runs beside the renderer then.
    /// </summary>
    public static RenderHeadStart Begin(LintRequest guess, Func<IReadOnlyList<RuleDescriptor>> rules, Action? whileRendering = null) =>
        new(guess, rules, whileRendering);

    /// <summary>The finished run of <paramref name="command"/> if this head start began exactly it and nothing took it yet; else null.</summary>
    public ToolRun? TryTake(RenderCommand command)
    {
        if (_command.Task.Result is not { } started || !started.Equals(command) || Interlocked.Exchange(ref _taken, 1) != 0)
        {
            return null;
        }

        return _run.Result;
    }

    /// <summary>The sources of <paramref name="job"/>, already being read, if the head start is rendering that very folder; else null (and only once).</summary>
    public RenderSources? SourcesFor(RenderJob job)
    {
        _ = _command.Task.Result;
        return _sources is { } sources
            && sources.Job.Kind == job.Kind && sources.Job.Directory == job.Directory && sources.Job.SourceFolders.SequenceEqual(job.SourceFolders, StringComparer.Ordinal)
            && Interlocked.Exchange(ref _sourcesTaken, 1) == 0
            ? sources
            : null;
    }

    private void AfterStart(RenderJob job, RenderCommand command, Action? whileRendering)
    {
        _sources = new RenderSources(job);
        _sources.StartReading();
        _command.TrySetResult(command);
        if (whileRendering is not null)
        {
            Task.Factory.StartNew(() => RunBeside(whileRendering), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private static void RunBeside(Action whileRendering)
    {
        try
        {
            whileRendering();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What runs beside the renderer only saves time later; the run does the same work again and reports what fails.
        }
    }

    /// <summary>Stops a render nothing took and waits until it has ended and cleaned up.</summary>
    public void Dispose()
    {
        if (Volatile.Read(ref _taken) == 0)
        {
            _stop.Cancel();
        }

        try
        {
            _run.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // A run that took the render met the failure and reported it; one nothing took has nothing to report.
        }

        _stop.Dispose();
    }

    private static (RenderJob? Job, RenderCommand? Command) CommandOrNull(LintRequest guess, Func<IReadOnlyList<RuleDescriptor>> rules)
    {
        try
        {
            return CommandFor(guess, rules);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A guess that cannot be followed is no head start; the run meets the same problem and reports it.
            return (null, null);
        }
    }

    private static (RenderJob? Job, RenderCommand? Command) CommandFor(LintRequest guess, Func<IReadOnlyList<RuleDescriptor>> rules)
    {
        var request = guess.AsRun();
        var options = request.Render ?? new RenderOptions();
        if (request.Paths is not [var path] || path == "-" || request.Texts.Count > 0 || !options.Enabled || !Directory.Exists(path))
        {
            return (null, null);
        }

        var root = Path.GetFullPath(path);
        var classifier = new RenderClassifier(RenderPlan.For(options));
        classifier.Classify(path.Replace('\\', '/'), root, root, chart: null);
        if (classifier.Errors.Count > 0 || classifier.Jobs is not [{ Render: { } job, FullPath: { } folder }])
        {
            return (null, null);
        }

        // Only a configuration can change the namespace or leave the folder out; without one, the rules it would be read with are not needed yet.
        var settings = SettingsResolver.ConfigurationGoverns(request, folder) ? new SettingsResolver(request, rules()).For(folder) : null;
        if (settings?.Paths?.Allows(folder) == false)
        {
            return (null, null);
        }

        var releaseNamespace = settings?.DefaultNamespace ?? SettingsResolver.DefaultNamespace(request, KubeLintConfig.Empty);
        return (job, job.Kind == RendererKind.Helm
            ? HelmRenderer.CommandFor(job, options, releaseNamespace, request.MaxFileBytes)
            : KustomizeRenderer.CommandFor(job, options, request.MaxFileBytes));
    }
}
