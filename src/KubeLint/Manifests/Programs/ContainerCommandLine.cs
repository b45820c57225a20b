using KubeLint.Yaml;

namespace KubeLint.Manifests.Programs;

/// <summary>
/// A container's command line as the process sees it: <c>command</c> then <c>args</c>, unwrapped from
/// <c>/go-runner</c> (kOps static pods) and <c>sh -c "…"</c>. Flags are read as Go programs read them;
/// the last occurrence of a flag wins.
/// </summary>
internal sealed class ContainerCommandLine
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh" };

    /// <summary>Flags that never take a separate value (Go booleans), so <c>--flag word</c> leaves <c>word</c> positional.</summary>
    private static readonly HashSet<string> BooleanFlags = new(StringComparer.Ordinal)
    {
        "also-stdout", "redirect-stderr", "anonymous-auth", "profiling", "allow-privileged", "enable-bootstrap-token-auth",
        "service-account-lookup", "enable-skip-login", "enable-insecure-login", "disable-settings-authorizer",
        "auto-generate-certificates", "web.enable-lifecycle", "web.enable-admin-api", "api.insecure", "api.dashboard",
        "secure", "insecure", "disable-auth", "enable-aggregator-routing", "read-only",
        "use-service-account-credentials", "rotate-certificates", "protect-kernel-defaults", "make-iptables-util-chains",
        "client-cert-auth", "auto-tls", "peer-client-cert-auth", "peer-auto-tls", "ssh", "ssh-known-hosts", "seccomp-default",
        "service-account-extend-token-expiration",
    };

    private static readonly HashSet<string> GoRunnerBooleans = new(StringComparer.Ordinal) { "also-stdout", "redirect-stderr" };

    private readonly Dictionary<string, FlagOccurrence> _last;

    private ContainerCommandLine(string? binary, YamlNode? binaryNode, List<FlagOccurrence> flags, List<string> positionals)
    {
        Binary = binary;
        BinaryNode = binaryNode;
        Flags = flags;
        Positionals = positionals;
        _last = new Dictionary<string, FlagOccurrence>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            _last[flag.Name] = flag;
        }
    }

    /// <summary>The program's file name (<c>kube-apiserver</c>), or null when only <c>args</c> are given (the image's entrypoint runs).</summary>
    public string? Binary { get; }

    /// <summary>Where the program is named.</summary>
    public YamlNode? BinaryNode { get; }

    /// <summary>Every flag occurrence in order.</summary>
    public IReadOnlyList<FlagOccurrence> Flags { get; }

    /// <summary>The words that are neither the program nor a flag or its value (<c>server</c> in <c>argo server</c>).</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Every occurrence of a flag, for flags that may repeat.</summary>
    public IEnumerable<FlagOccurrence> All(string name) => Flags.Where(f => f.Name == name);

    /// <summary>The flag's last occurrence, or null when absent.</summary>
    public FlagOccurrence? this[string name] => _last.GetValueOrDefault(name);

    public static ContainerCommandLine Parse(YamlMapping container)
    {
        var tokens = new List<CommandToken>();
        foreach (var key in (string[])["command", "args"])
        {
            foreach (var item in container[key].AsItems())
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    tokens.Add(new CommandToken(scalar.Value, scalar));
                }
            }
        }

        var hasCommand = container["command"].AsItems().Count > 0;
        tokens = UnwrapShell(tokens);
        string? binary = null;
        YamlNode? binaryNode = null;
        var start = 0;
        if (hasCommand && tokens.Count > 0 && !tokens[0].Text.StartsWith('-'))
        {
            (binary, binaryNode, start) = (BaseName(tokens[0].Text), tokens[0].Node, 1);
            if (binary == "go-runner")
            {
                (binary, binaryNode, start) = SkipGoRunner(tokens, 1);
            }
        }

        var positionals = new List<string>();
        return new ContainerCommandLine(binary, binaryNode, ReadFlags(tokens, start, positionals), positionals);
    }

    private static List<CommandToken> UnwrapShell(List<CommandToken> tokens)
    {
        if (tokens.Count < 3 || !Shells.Contains(BaseName(tokens[0].Text)))
        {
            return tokens;
        }

        var script = tokens.FindIndex(1, t => !t.Text.StartsWith('-')) is var index && index > 0 && tokens[index - 1].Text.Contains('c', StringComparison.Ordinal)
            ? tokens[index]
            : (CommandToken?)null;
        if (script is not { } s)
        {
            return tokens;
        }

        var command = ShellWords.Commands(s.Text)
            .Select(words => words.SkipWhile(w => w == "exec" || (w.Contains('=', StringComparison.Ordinal) && !w.StartsWith('-'))).ToList())
            .OrderByDescending(words => words.Count(w => w.StartsWith("--", StringComparison.Ordinal)))
            .FirstOrDefault();
        return command is null ? tokens : [.. command.Select(word => new CommandToken(word, s.Node))];
    }

    private static (string? Binary, YamlNode? Node, int Next) SkipGoRunner(List<CommandToken> tokens, int index)
    {
        while (index < tokens.Count && tokens[index].Text.StartsWith('-'))
        {
            var text = tokens[index].Text.TrimStart('-');
            index += text.Contains('=', StringComparison.Ordinal) || GoRunnerBooleans.Contains(text) ? 1 : 2;
        }

        return index < tokens.Count ? (BaseName(tokens[index].Text), tokens[index].Node, index + 1) : (null, null, index);
    }

    private static List<FlagOccurrence> ReadFlags(List<CommandToken> tokens, int start, List<string> positionals)
    {
        var flags = new List<FlagOccurrence>();
        for (var i = start; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (!text.StartsWith('-') || text == "-" || text == "--")
            {
                positionals.Add(text);
                continue;
            }

            var body = text.TrimStart('-');
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                flags.Add(new FlagOccurrence(body[..equals], body[(equals + 1)..], tokens[i].Node));
            }
            else if (!BooleanFlags.Contains(body) && i + 1 < tokens.Count && IsValue(tokens[i + 1].Text))
            {
                flags.Add(new FlagOccurrence(body, tokens[i + 1].Text, tokens[i].Node));
                i++;
            }
            else
            {
                flags.Add(new FlagOccurrence(body, null, tokens[i].Node));
            }
        }

        return flags;
    }

    /// <summary>Whether a word after a flag is its value: not another flag, though a negative number (<c>--threshold -1</c>) is a value.</summary>
    private static bool IsValue(string word) =>
        !word.StartsWith('-') || (word.Length > 1 && word.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0);

    private static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
