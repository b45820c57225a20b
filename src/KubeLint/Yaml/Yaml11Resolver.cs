using System.Globalization;

namespace KubeLint.Yaml;

/// <summary>
/// YAML 1.1 implicit typing as go-yaml v2 (and so sigs.k8s.io/yaml and the API server) applies it:
/// only untagged plain scalars are resolved; quoted and block scalars are strings.
/// </summary>
internal static class Yaml11Resolver
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly HashSet<string> TrueWords =
        new(StringComparer.Ordinal) { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" };

    private static readonly HashSet<string> FalseWords =
        new(StringComparer.Ordinal) { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" };

    public static YamlScalarType Resolve(string value, ScalarStyle style, string? tag)
    {
        if (tag is not null && tag != "!")
        {
            return ResolveTagged(value, tag);
        }

        if (style != ScalarStyle.Plain || tag == "!")
        {
            return YamlScalarType.String;
        }

        return ResolvePlain(value);
    }

    public static bool ParseBoolean(string value) => TrueWords.Contains(value);

    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var radix = 10;
        if (span.Length > 2 && span[0] == '0' && (span[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            radix = span[1] is 'x' or 'X' ? 16 : span[1] is 'o' or 'O' ? 8 : 2;
            span = span[2..];
        }
        else if (span.Length > 1 && span[0] == '0')
        {
            radix = 8;
            span = span[1..];
        }

        ulong magnitude = 0;
        var digits = 0;
        foreach (var c in span)
        {
            if (c == '_')
            {
                continue;
            }

            var digit = DigitValue(c);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            magnitude = (magnitude * (ulong)radix) + (ulong)digit;
            digits++;
        }

        if (digits == 0 || magnitude > (negative ? (ulong)long.MaxValue + 1 : long.MaxValue))
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    private static YamlScalarType ResolveTagged(string value, string tag)
    {
        var name = tag.StartsWith(TagPrefix, StringComparison.Ordinal) ? tag[TagPrefix.Length..] : tag.TrimStart('!');
        return name switch
        {
            "str" => YamlScalarType.String,
            "null" => YamlScalarType.Null,
            "bool" => TrueWords.Contains(value) || FalseWords.Contains(value) ? YamlScalarType.Boolean : YamlScalarType.String,
            "int" => TryParseInteger(value, out _) ? YamlScalarType.Integer : YamlScalarType.String,
            "float" => YamlScalarType.Float,
            _ => ResolvePlain(value),
        };
    }

    private static YamlScalarType ResolvePlain(string value)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return YamlScalarType.Null;
        }

        var first = value[0];
        if (first is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
        {
            if (TrueWords.Contains(value) || FalseWords.Contains(value))
            {
                return YamlScalarType.Boolean;
            }

            return IsSpecialFloat(value) ? YamlScalarType.Float : YamlScalarType.String;
        }

        if (first is (>= '0' and <= '9') or '-' or '+' or '.')
        {
            if (TryParseInteger(value, out _))
            {
                return YamlScalarType.Integer;
            }

            if (IsFloat(value))
            {
                return YamlScalarType.Float;
            }
        }

        return YamlScalarType.String;
    }

    private static bool IsFloat(string value)
    {
        if (IsSpecialFloat(value.TrimStart('-', '+')))
        {
            return true;
        }

        var cleaned = value.Replace("_", string.Empty, StringComparison.Ordinal);
        return cleaned.AsSpan().IndexOfAny('.', 'e', 'E') >= 0
            && double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static bool IsSpecialFloat(string value) =>
        value is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN";

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
