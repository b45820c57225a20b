using KubeLint.Linting;

namespace KubeLint.Cli.Commands;

/// <summary>
/// Reads standard input once, no further than the file size limit. The limit is counted in decoded
/// characters, so a stream of multi-byte UTF-8 may carry up to four times as many bytes.
/// </summary>
internal static class StandardInput
{
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
