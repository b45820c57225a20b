using System.Security.Cryptography;
using System.Text;
using KubeLint.Rules;

namespace KubeLint.Linting.Baselines;

/// <summary>
/// An identity for a finding that survives edits elsewhere in the file and a different checkout
/// folder: rule, file (relative to its repository), object, node path, container and message, but
/// not line or column.
/// </summary>
internal static class Fingerprint
{
    /// <summary>A 32-hex-digit stable key of the finding.</summary>
    public static string Of(Finding finding) => Of(finding, new FingerprintFiles());

    internal static string Of(Finding finding, FingerprintFiles files)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = string.Join(
            '\u001f',
            finding.RuleId,
            files.KeyOf(finding.Location.File),
            finding.Object.ApiVersion,
            finding.Object.Kind,
            finding.Object.Namespace ?? string.Empty,
            finding.Object.Name,
            finding.Path,
            finding.Container ?? string.Empty,
            finding.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
