using System.Globalization;

namespace KubeLint.Yaml;

/// <summary>
/// Implicit typing exactly as go-yaml v2 applies it, and so as sigs.k8s.io/yaml and kubectl decode
/// what they send to the API server: untagged plain scalars are resolved by their first character
/// (a sign or digit: integer, else float; a letter: only the fixed words); quoted and block scalars
/// are strings unless an explicit tag says otherwise.
/// </summary>
internal static class Yaml11Resolver
{
    private const string LongTagPrefix = "tag:yaml.org,2002:";

    /// <summary>The fixed words of go-yaml v2's resolve table (a switch: no table to build when a process starts).</summary>
    private static YamlScalarType? Word(string value) => value switch
    {
        _ when ParseBoolean(value) => YamlScalarType.Boolean,
        "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF" => YamlScalarType.Boolean,
        "" or "~" or "null" or "Null" or "NULL" => YamlScalarType.Null,
        ".nan" or ".NaN" or ".NAN" or ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" => YamlScalarType.Float,
        _ => null,
    };

    public static bool ParseBoolean(string value) =>
        value is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON";

    public static YamlScalarType Resolve(string value, ScalarStyle style, string? tag)
    {
        var shortTag = ShortTag(tag);
        if (shortTag is null)
        {
            return style == ScalarStyle.Plain ? ResolveText(value) : YamlScalarType.String;
        }

        if (!IsResolvable(shortTag) || shortTag == "!!str")
        {
            return YamlScalarType.String;
        }

        var resolved = ResolveText(value);
        return shortTag == "!!float" && resolved == YamlScalarType.Integer ? YamlScalarType.Float : resolved;
    }

    /// <summary>
    /// Why kubectl refuses this scalar, when an explicit tag contradicts its text (<c>!!int 0.0</c>,
    /// <c>!!bool 1</c>); null when it is accepted.
    /// </summary>
    public static string? TagConflict(string value, string? tag)
    {
        var shortTag = ShortTag(tag);
        if (shortTag is null or "!!str" or "!!binary" || !IsResolvable(shortTag))
        {
            return null;
        }

        var resolved = ResolvedTagOf(value, shortTag);
        if (resolved == shortTag || (shortTag == "!!float" && resolved == "!!int"))
        {
            return null;
        }

        return $"kubectl cannot decode {resolved} `{value}` as a {shortTag}, so it refuses the document";
    }

    /// <summary>An integer as Go's <c>strconv.ParseInt(s, 0, 64)</c> reads it after go-yaml drops underscores.</summary>
    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        if (!TryParseGoInteger(text.Replace("_", string.Empty, StringComparison.Ordinal), out var magnitude, out var negative))
        {
            return false;
        }

        if (magnitude > (negative ? (ulong)long.MaxValue + 1 : long.MaxValue))
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>The number kubectl sends for a float scalar, when it is a whole number that fits in 64 bits.</summary>
    public static bool TryParseIntegralFloat(string text, out long value)
    {
        value = 0;
        if (TryParseInteger(text, out value))
        {
            return true;
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number != Math.Floor(number) || Math.Abs(number) >= 9.2e18)
        {
            return false;
        }

        value = (long)number;
        return true;
    }

    private static YamlScalarType ResolveText(string value)
    {
        if (Word(value) is { } word)
        {
            return word;
        }

        var first = value[0];
        if (first == '.')
        {
            return IsYamlStyleFloat(value) ? YamlScalarType.Float : YamlScalarType.String;
        }

        if (first is not ((>= '0' and <= '9') or '-' or '+'))
        {
            return YamlScalarType.String;
        }

        // go-yaml tries strconv.ParseInt, then ParseUint (which takes no sign), then its float syntax.
        var plain = value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (TryParseInteger(plain, out _) || (first is not ('-' or '+') && TryParseGoInteger(plain, out _, out _)))
        {
            return YamlScalarType.Integer;
        }

        return IsYamlStyleFloat(plain) ? YamlScalarType.Float : YamlScalarType.String;
    }

    /// <summary>The go-yaml tag a scalar resolves to under an explicit tag (which only decides whether hints are read).</summary>
    private static string ResolvedTagOf(string value, string shortTag)
    {
        if (shortTag == "!!timestamp" && LooksLikeTimestamp(value))
        {
            return "!!timestamp";
        }

        return ResolveText(value) switch
        {
            YamlScalarType.Null => "!!null",
            YamlScalarType.Boolean => "!!bool",
            YamlScalarType.Integer => "!!int",
            YamlScalarType.Float => "!!float",
            _ => "!!str",
        };
    }

    /// <summary>go-yaml's quick check before it tries its timestamp layouts: four digits and a dash.</summary>
    private static bool LooksLikeTimestamp(string value) =>
        value.Length > 5 && value.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0 && value[4] == '-'
        && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _);

    /// <summary>go-yaml's float syntax <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>, with a finite value.</summary>
    private static bool IsYamlStyleFloat(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+')
        {
            i++;
        }

        var integerDigits = CountDigits(text, ref i);
        if (integerDigits == 0)
        {
            if (i >= text.Length || text[i] != '.')
            {
                return false;
            }

            i++;
            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }
        else if (i < text.Length && text[i] == '.')
        {
            i++;
            CountDigits(text, ref i);
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number);
    }

    private static int CountDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Go's base-0 integer syntax: an optional sign, then <c>0x</c>, <c>0o</c>, <c>0b</c>, a leading-zero octal or decimal digits, within 64 bits.</summary>
    private static bool TryParseGoInteger(string text, out ulong magnitude, out bool negative)
    {
        magnitude = 0;
        negative = false;
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] is '-' or '+')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var radix = 10;
        if (span[0] == '0')
        {
            if (span.Length >= 3 && span[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            {
                radix = span[1] is 'x' or 'X' ? 16 : span[1] is 'o' or 'O' ? 8 : 2;
                span = span[2..];
            }
            else
            {
                radix = 8;
                span = span[1..];
            }
        }

        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0 || digit >= radix || magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            magnitude = (magnitude * (ulong)radix) + (ulong)digit;
        }

        return true;
    }

    private static string? ShortTag(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        return tag.StartsWith(LongTagPrefix, StringComparison.Ordinal) ? "!!" + tag[LongTagPrefix.Length..] : tag;
    }

    private static bool IsResolvable(string shortTag) =>
        shortTag is "!!str" or "!!bool" or "!!int" or "!!float" or "!!null" or "!!timestamp";
}
