namespace KubeLint;

/// <summary>Serializes a document (a report, a baseline) to a <see cref="TextWriter"/> as it goes, with the options of its type information.</summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var options = typeInfo.Options;
        using (var writer = new System.Text.Json.Utf8JsonWriter(
            new TextWriterBufferWriter(output),
            new System.Text.Json.JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder, NewLine = options.NewLine }))
        {
            System.Text.Json.JsonSerializer.Serialize(writer, value, typeInfo);
        }

        output.WriteLine();
    }
}
