using System.Globalization;

namespace KubeLint.Manifests.PodSecurity;

/// <summary>A Pod Security Standards policy version (a Kubernetes minor version, e.g. v1.30).</summary>
/// <param name="Major">The major version (1).</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct PssVersion(int Major, int Minor) : IComparable<PssVersion>
{
    /// <summary>The newest policy version KubeLint implements; later versions are read as this one.</summary>
    public static PssVersion Latest { get; } = new(1, 37);

    /// <summary>Parses <c>v1.30</c>, <c>1.30</c> or <c>latest</c>.</summary>
    public static bool TryParse(string? text, out PssVersion version)
    {
        version = Latest;
        if (string.IsNullOrEmpty(text) || string.Equals(text, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = text.TrimStart('v', 'V').Split('.');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && major == 1)
        {
            version = new PssVersion(major, minor) > Latest ? Latest : new PssVersion(major, minor);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public int CompareTo(PssVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Compares versions.</summary>
    public static bool operator <(PssVersion left, PssVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >(PssVersion left, PssVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares versions.</summary>
    public static bool operator <=(PssVersion left, PssVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >=(PssVersion left, PssVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"v{Major}.{Minor}";
}
