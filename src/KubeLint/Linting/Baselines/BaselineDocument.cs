using System.Text.Json.Serialization;

namespace KubeLint.Linting.Baselines;

internal sealed record BaselineDocument(string Tool, int Version, IReadOnlyList<BaselineEntry> Findings);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BaselineDocument))]
internal sealed partial class BaselineContext : JsonSerializerContext;
