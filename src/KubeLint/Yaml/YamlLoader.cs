using YamlDotNet.Core;

namespace KubeLint.Yaml;

/// <summary>
/// Reads a YAML stream into documents, framed as kubectl frames them (<see cref="KubectlDocumentFraming"/>).
/// A document that cannot be read becomes an error with its position, and the next one is still read.
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
        var (chunks, agreesWithYaml) = KubectlDocumentFraming.Split(text, errors);
        if (agreesWithYaml)
        {
            // One parser for the whole text; after an error, reading resumes at the next document.
            var next = 0;
            while (next < chunks.Count)
            {
                var region = new DocumentChunk(chunks[next].Start, text.Length - chunks[next].Start, chunks[next].Line);
                var (failedAt, stop) = ReadRegion(text, region, oneDocument: false, builder, limits, documents, errors, ref documentCount);
                if (stop || failedAt is not { } offset)
                {
                    break;
                }

                next++;
                while (next < chunks.Count && chunks[next].Start <= offset)
                {
                    next++;
                }
            }
        }
        else
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                if (ReadRegion(text, chunks[i], oneDocument: true, builder, limits, documents, errors, ref documentCount).Stop)
                {
                    break;
                }
            }
        }

        errors.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return new YamlStreamContent(documents, errors);
    }

    /// <summary>
    /// Parses a region of the text. With <paramref name="oneDocument"/>, the region is what kubectl
    /// reads as one document: it decodes only the first document of it, so anything after a
    /// <c>...</c> end marker is never sent and is reported, not linted. Returns where parsing failed,
    /// if it did, and whether the file has more documents than the limit.
    /// <para>
    /// The region is read with <see cref="ManifestScanner"/> and <see cref="ScannerEventParser"/>; when
    /// they leave it to YamlDotNet (invalid text, or a construct they do not handle), whatever they
    /// produced is dropped and the region is read again with YamlDotNet's scanner and parser, whose
    /// events and messages are the reference.
    /// </para>
    /// </summary>
    private static (int? FailedAt, bool Stop) ReadRegion(
        string text,
        DocumentChunk region,
        bool oneDocument,
        YamlTreeBuilder builder,
        YamlLimits limits,
        List<YamlDocument> documents,
        List<YamlError> errors,
        ref int documentCount)
    {
        var (documentsBefore, errorsBefore, countBefore) = (documents.Count, errors.Count, documentCount);
        var failureAt = new SourcePosition(region.Line, 1, region.Start);
        builder.SetOrigin(region.Line - 1, region.Start);
        try
        {
            var scanner = new ManifestScanner(text, region.Start, region.Length);
            return ReadEvents(new ScannerEventParser(scanner), oneDocument, builder, limits, documents, errors, ref documentCount, ref failureAt);
        }
        catch (Exception)
        {
            // Whatever stopped the fast reading, the text's fault or its own, the reference reading settles it.
            documents.RemoveRange(documentsBefore, documents.Count - documentsBefore);
            errors.RemoveRange(errorsBefore, errors.Count - errorsBefore);
            documentCount = countBefore;
            limits.RunBudget?.Refund(builder.RunBudgetTaken);
        }

        builder.SetOrigin(region.Line - 1, region.Start);
        failureAt = new SourcePosition(region.Line, 1, region.Start);
        try
        {
            var parser = new YamlDotNetEvents(new Parser(new StringSliceReader(text, region.Start, region.Length)));
            return ReadEvents(parser, oneDocument, builder, limits, documents, errors, ref documentCount, ref failureAt);
        }
        catch (YamlLimitException limit)
        {
            errors.Add(new YamlError(limit.Position, limit.Message));
            return (limit.Position.Offset, false);
        }
        catch (YamlException syntax)
        {
            var position = builder.ToPosition(syntax.Start);
            errors.Add(new YamlError(position, $"invalid YAML: {Describe(syntax)}"));
            return (position.Offset, false);
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            errors.Add(new YamlError(failureAt, $"invalid YAML: {unexpected.Message}"));
            return (failureAt.Offset, false);
        }
    }

    /// <summary>Feeds a region's events to the builder; throws where the text is invalid or a limit is crossed.</summary>
    private static (int? FailedAt, bool Stop) ReadEvents(
        IYamlEventSource events,
        bool oneDocument,
        YamlTreeBuilder builder,
        YamlLimits limits,
        List<YamlDocument> documents,
        List<YamlError> errors,
        ref int documentCount,
        ref SourcePosition failureAt)
    {
        var documentsInRegion = 0;
        while (events.MoveNext())
        {
            ref readonly var current = ref events.Current;
            failureAt = builder.ToPosition(current.Start);
            switch (current.Kind)
            {
                case YamlEventKind.DocumentStart when oneDocument && documentsInRegion++ > 0:
                    errors.Add(new YamlError(failureAt, "kubectl reads one document between `---` separators and ignores this one, after the `...` end marker; start it with a `---` line, or delete it"));
                    return (null, false);
                case YamlEventKind.DocumentStart:
                    if (++documentCount > limits.MaxDocuments)
                    {
                        errors.Add(new YamlError(failureAt, $"more than {limits.MaxDocuments:N0} documents; the rest of the file is not linted"));
                        return (null, true);
                    }

                    builder.StartDocument();
                    break;
                case YamlEventKind.DocumentEnd:
                    var (root, error, warnings) = builder.EndDocument();
                    errors.AddRange(warnings);
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

        return (null, false);
    }

    private static bool IsEmptyScalar(YamlNode root) => root is YamlScalar { IsNull: true, Style: ScalarStyle.Plain };

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        return message.EndsWith('.') ? message[..^1] : message;
    }
}
