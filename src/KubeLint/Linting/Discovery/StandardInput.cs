namespace KubeLint.Linting.Discovery;

/// <summary>
/// Reads standard input once, no further than the file size limit. The limit is counted in decoded
/// characters, so a stream of multi-byte UTF-8 may carry up to four times as many bytes.
/// </summary>
internal static class StandardInput
{
    /// <summary>
    /// The request with its <c>-</c> path replaced by what standard input holds, read as a text named
    /// <see cref="LintRequest.StandardInputName"/>; or, when standard input is larger than the file size
    /// limit, without it and with the error to report.
    /// </summary>
    public static (LintRequest Request, InputError? Error) Take(LintRequest request)
    {
        if (!request.Paths.Contains("-"))
        {
            return (request, null);
        }

        var paths = request.Paths.Where(p => p != "-").ToArray();
        var (text, error) = Read(request.StandardInput ?? Console.In, request.StandardInputName, request.MaxFileBytes);
        return text is null
            ? (request with { Paths = paths }, error)
            : (request with { Paths = paths, Texts = [.. request.Texts, new SourceText(request.StandardInputName, text)] }, null);
    }

    public static (string? Text, InputError? Error) Read(TextReader input, string name, long maxBytes)
    {
        var buffer = new char[81920];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxBytes)
            {
                return (null, InputError.ForWhole(name, $"standard input is larger than {ByteSize.Format(maxBytes)} (the --max-file-size limit); not linted"));
            }
        }

        return (text.ToString(), null);
    }
}
