using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>How a renderer's output is read: whole, with its line endings made <c>\n</c>, bounded, and never waited on forever.</summary>
public class ExternalToolTests
{
    private static ToolRun Shell(string script, long maxChars = 1 << 20, double timeoutSeconds = 30) =>
        ExternalTool.Run("/bin/sh", ["-c", script], Path.GetTempPath(), TimeSpan.FromSeconds(timeoutSeconds), maxChars, ToolEnvironment.Inherited());

    [SetUp]
    public void NeedsAShell()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            Assert.Ignore("these runs use /bin/sh");
        }
    }

    [Test]
    public void Output_and_error_are_read_whole_with_line_endings_made_newlines()
    {
        var run = Shell("printf 'a: 1\\r\\nb: 2\\rc: 3'; printf 'oops\\r\\n' >&2; exit 3");

        Assert.Multiple(() =>
        {
            Assert.That(run.Output, Is.EqualTo("a: 1\nb: 2\nc: 3\n"));
            Assert.That(run.Error, Is.EqualTo("oops\n"));
            Assert.That(run.ExitCode, Is.EqualTo(3));
            Assert.That(run.Truncated, Is.False);
        });
    }

    [Test]
    public void Output_larger_than_a_pipe_buffer_arrives_complete_while_the_error_stream_fills_too()
    {
        var run = Shell("i=0; while [ $i -lt 20000 ]; do echo \"line $i\"; echo \"err $i\" >&2; i=$((i+1)); done");

        Assert.Multiple(() =>
        {
            Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(20000));
            Assert.That(run.Output, Does.EndWith("line 19999\n"));
            Assert.That(run.Error, Does.StartWith("err 0\n"), "the error output keeps its beginning");
            Assert.That(run.Error.Length, Is.LessThanOrEqualTo(64 * 1024));
        });
    }

    [Test]
    public void Output_over_the_limit_stops_the_program_and_keeps_nothing()
    {
        var run = Shell("while true; do echo 0123456789; done", maxChars: 100_000);

        Assert.Multiple(() =>
        {
            Assert.That(run.Truncated, Is.True);
            Assert.That(run.Output, Is.Empty);
            Assert.That(run.TimedOut, Is.False);
        });
    }

    [Test]
    public void A_character_split_between_two_writes_is_decoded_whole()
    {
        var run = Shell("printf 'name: caf\\303'; sleep 0.2; printf '\\251\\n'");

        Assert.That(run.Output, Is.EqualTo("name: café\n"));
    }

    [Test, CancelAfter(20_000)]
    public void A_program_that_leaves_a_child_holding_its_output_open_times_out_instead_of_hanging()
    {
        var started = DateTime.UtcNow;

        var run = Shell("(sleep 60 &) ; echo done", timeoutSeconds: 2);

        Assert.Multiple(() =>
        {
            Assert.That(run.TimedOut, Is.True);
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(15)));
        });
    }
}
