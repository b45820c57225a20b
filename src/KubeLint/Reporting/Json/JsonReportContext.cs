using System.Text.Json.Serialization;

namespace KubeLint.Reporting.Json;

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
