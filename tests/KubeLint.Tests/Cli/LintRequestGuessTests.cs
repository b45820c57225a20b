using System.CommandLine;
using KubeLint.Cli.Commands;
using KubeLint.Linting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Cli;

/// <summary>The guess at a lint's request from its words, which begins a render early, agrees with the parsed request on everything the render depends on.</summary>
[NonParallelizable]
public class LintRequestGuessTests
{
    [Test]
    public void Every_option_of_lint_is_known_to_the_guess_with_its_arity()
    {
        var command = new Command("lint");
        new LintOptions().AddTo(command);

        Assert.Multiple(() =>
        {
            foreach (var option in command.Options)
            {
                var known = option is Option<bool> ? LintRequestGuess.Flags : LintRequestGuess.ValueOptions;
                foreach (var name in option.Aliases.Prepend(option.Name))
                {
                    Assert.That(known, Does.Contain(name), $"{name} ({(option is Option<bool> ? "a flag" : "takes a value")})");
                }
            }
        });
    }

    [TestCase("lint {chart}")]
    [TestCase("{chart} --no-config")]
    [TestCase("lint -n shop --release-name web --values {values} --set a=b --set c=d --include-crds {chart}")]
    [TestCase("lint --namespace shop --untrusted --config {config} {chart}")]
    [TestCase("lint --max-file-size 1MiB --helm {helm} -f json -o out.json --fail-on error {chart}")]
    [TestCase("lint --no-render --strict --jobs 1 --pss restricted {chart}")]
    [TestCase("lint {chart} {values}")]
    [TestCase("lint")]
    public void The_guess_makes_the_request_the_command_line_makes(string line)
    {
        using var dir = new TempDirectory();
        var files = new Dictionary<string, string>
        {
            ["{chart}"] = Path.GetDirectoryName(dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0.0\n"))!,
            ["{values}"] = dir.Write("values.yaml", "a: b\n"),
            ["{config}"] = dir.Write("kubelint.yaml", "failOn: error\n"),
            ["{helm}"] = dir.Write("helm", "#!/bin/sh\n"),
        };
        var args = files.Aggregate(line, (text, file) => text.Replace(file.Key, file.Value, StringComparison.Ordinal)).Split(' ');

        var guess = LintRequestGuess.From(args);
        var options = new LintOptions();
        var command = new Command("lint");
        options.AddTo(command);
        var (parsed, error) = LintCommand.BuildRequest(command.Parse(args[0] == "lint" ? args[1..] : args), options);

        Assert.That(error, Is.Null);
        Assert.That(RenderRelevant(guess!), Is.EqualTo(RenderRelevant(parsed!.Lint)));
    }

    [TestCase("rules")]
    [TestCase("explain KL1001")]
    [TestCase("fix chart")]
    [TestCase("lint --bogus chart")]
    [TestCase("lint @arguments.rsp")]
    [TestCase("lint --help")]
    [TestCase("lint chart --namespace")]
    [TestCase("lint -- chart")]
    [TestCase("lint --max-file-size lots chart")]
    public void A_command_line_it_does_not_fully_understand_gets_no_guess(string line) =>
        Assert.That(LintRequestGuess.From(line.Split(' ')), Is.Null);

    private static string RenderRelevant(LintRequest request)
    {
        var render = request.Render!;
        return string.Join(
            " | ",
            string.Join(',', request.Paths),
            request.DefaultNamespace,
            request.ConfigPath,
            request.UseConfigFiles,
            request.Untrusted,
            request.MaxFileBytes,
            render.Enabled,
            render.HelmPath,
            render.KustomizePath,
            string.Join(',', render.HelmValues),
            string.Join(',', render.HelmSet),
            render.ReleaseName,
            render.IncludeCrds,
            render.Timeout,
            render.MaxRendererMemory,
            render.IsolateNetwork);
    }
}
