namespace KubeLint.Yaml;

/// <summary>Strings every encoder can write: a YAML escape such as <c>"\ud800"</c>, or a file name that is not UTF-8, can leave half a character.</summary>
internal static class Utf16Text
{
    /// <summary>The text with unpaired surrogates replaced by U+FFFD (as Go's decoders do).</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
