using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeLint.Yaml;

/// <summary>
/// Reads a YAML stream into documents. A document that cannot be read becomes an error with its
/// position; reading resumes at the next <c>---</c> line, so one bad document does not hide the rest.
/// </summary>
public static class YamlLoader
{
    // YamlDotNet rejects valid literal block scalars whose leading blank lines carry indentation
    // (aaubry/YamlDotNet#523, #535); Helm charts produce them often.
    private const string BlockScalarBlankLineBug = "found extra spaces in first line";

    /// <summary>
    /// Reads every document of a YAML (or JSON) text. Positions' line and column always refer to
    /// the text given; offsets refer to the text as parsed, which differs only where a parser bug
    /// forced whitespace-only lines to be read as empty.
    /// </summary>
    public static YamlStreamContent Load(string text, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= YamlLimits.Default;
        var content = LoadOnce(text, limits);
        if (content.Errors.Any(e => e.Message.Contains(BlockScalarBlankLineBug, StringComparison.Ordinal))
            && WhitespaceOnlyLines.Empty(text) is { } workaround)
        {
            return LoadOnce(workaround, limits);
        }

        return content;
    }

    private static YamlStreamContent LoadOnce(string text, YamlLimits limits)
    {
        var documents = new List<YamlDocument>();
        var errors = new List<YamlError>();
        var builder = new YamlTreeBuilder(limits);
        var documentCount = 0;
        var origin = SourcePosition.Start;
        while (origin.Offset < text.Length || origin.Offset == 0)
        {
            var resumeAt = ReadFrom(text, origin, builder, limits, documents, errors, ref documentCount);
            if (resumeAt is not { } next)
            {
                break;
            }

            origin = next;
        }

        return new YamlStreamContent(documents, errors);
    }

    /// <summary>Parses from <paramref name="origin"/>; returns where to resume after an error, or null when done.</summary>
    private static SourcePosition? ReadFrom(
        string text,
        SourcePosition origin,
        YamlTreeBuilder builder,
        YamlLimits limits,
        List<YamlDocument> documents,
        List<YamlError> errors,
        ref int documentCount)
    {
        var reader = origin.Offset == 0 ? new StringReader(text) : new StringReader(text[origin.Offset..]);
        var parser = new Parser(reader);
        builder.SetOrigin(origin.Line - 1, origin.Offset);
        var failureAt = origin;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                failureAt = builder.ToPosition(current.Start);
                switch (current)
                {
                    case DocumentStart:
                        if (++documentCount > limits.MaxDocuments)
                        {
                            errors.Add(new YamlError(failureAt, $"more than {limits.MaxDocuments:N0} documents; the rest of the file is not linted"));
                            return null;
                        }

                        builder.StartDocument();
                        break;
                    case DocumentEnd:
                        var (root, error) = builder.EndDocument();
                        if (error is not null)
                        {
                            errors.Add(error);
                        }
                        else if (root is not null && !IsEmptyScalar(root))
                        {
                            documents.Add(new YamlDocument(documentCount - 1, root) { FirstNonScalarKey = builder.FirstNonScalarKey });
                        }

                        break;
                    default:
                        builder.Add(current);
                        break;
                }
            }

            return null;
        }
        catch (YamlLimitException limit)
        {
            errors.Add(new YamlError(limit.Position, limit.Message));
            return NextDocumentStart(text, limit.Position.Offset);
        }
        catch (YamlException syntax)
        {
            var position = builder.ToPosition(syntax.Start);
            errors.Add(new YamlError(position, $"invalid YAML: {Describe(syntax)}"));
            return NextDocumentStart(text, position.Offset);
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            errors.Add(new YamlError(failureAt, $"invalid YAML: {unexpected.Message}"));
            return NextDocumentStart(text, failureAt.Offset);
        }
    }

    private static bool IsEmptyScalar(YamlNode root) => root is YamlScalar { IsNull: true, Style: ScalarStyle.Plain };

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        return message.EndsWith('.') ? message[..^1] : message;
    }

    /// <summary>The start of the first line after <paramref name="offset"/> that opens a new document (<c>---</c>).</summary>
    internal static SourcePosition? NextDocumentStart(string text, int offset)
    {
        var lineStart = text.IndexOf('\n', Math.Min(Math.Max(offset, 0), text.Length));
        while (lineStart >= 0 && lineStart + 1 < text.Length)
        {
            var start = lineStart + 1;
            if (IsDocumentMarker(text, start))
            {
                return new SourcePosition(LineOf(text, start), 1, start);
            }

            lineStart = text.IndexOf('\n', start);
        }

        return null;
    }

    private static bool IsDocumentMarker(string text, int start) =>
        string.CompareOrdinal(text, start, "---", 0, 3) == 0
        && (start + 3 == text.Length || text[start + 3] is ' ' or '\t' or '\r' or '\n');

    private static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
