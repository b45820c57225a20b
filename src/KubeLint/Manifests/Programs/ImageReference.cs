using System.Globalization;

namespace KubeLint.Manifests.Programs;

/// <summary>A container image reference split into repository and tag, with the version the tag names.</summary>
internal sealed record ImageReference(string Repository, string? Tag)
{
    public static ImageReference Parse(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var withoutDigest = at < 0 ? image : image[..at];
        var colon = withoutDigest.LastIndexOf(':');
        var slash = withoutDigest.LastIndexOf('/');
        return colon > slash ? new ImageReference(withoutDigest[..colon], withoutDigest[(colon + 1)..]) : new ImageReference(withoutDigest, null);
    }

    /// <summary>The last path segment of the repository (<c>kube-apiserver</c>, <c>dashboard</c>).</summary>
    public string Name => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>The version in the tag (<c>v1.28.3</c>, <c>1.13.0</c>, <c>v1.10.1-amd64</c>), or null.</summary>
    public Version? Version
    {
        get
        {
            if (Tag is null)
            {
                return null;
            }

            var text = Tag.TrimStart('v', 'V');
            var end = 0;
            while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.'))
            {
                end++;
            }

            var parts = text[..end].Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                return null;
            }

            var numbers = new List<int>();
            foreach (var part in parts.Take(3))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    return null;
                }

                numbers.Add(number);
            }

            return numbers.Count == 2 ? new Version(numbers[0], numbers[1]) : new Version(numbers[0], numbers[1], numbers[2]);
        }
    }
}
