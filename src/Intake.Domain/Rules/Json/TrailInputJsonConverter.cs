using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Intake.Domain.Rules.Json;

/// <summary>
/// A trail input is its bare value when its origin is unknown, else <c>{"value": …, "source": {…}}</c>. Field values
/// are never objects with a <c>source</c> member (docs/fields.md formats), so the two forms cannot be confused.
/// </summary>
public sealed class TrailInputJsonConverter : JsonConverter<TrailInputJson>
{
    /// <summary>A bare <c>null</c> is an input whose value is unknown, not a missing input.</summary>
    public override bool HandleNull => true;

    public override TrailInputJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        if (node is JsonObject o && o.ContainsKey("source") && o.ContainsKey("value"))
            return new TrailInputJson(o["value"]?.DeepClone(), o["source"].Deserialize(SourceInfo(options)));
        return new TrailInputJson(node, null);
    }

    public override void Write(Utf8JsonWriter writer, TrailInputJson input, JsonSerializerOptions options)
    {
        if (input.Source is null)
        {
            WriteValue(writer, input.Value);
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName("value");
        WriteValue(writer, input.Value);
        writer.WritePropertyName("source");
        JsonSerializer.Serialize(writer, input.Source, SourceInfo(options));
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null) writer.WriteNullValue();
        else value.WriteTo(writer);
    }

    private static JsonTypeInfo<InputSourceJson> SourceInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<InputSourceJson>)options.GetTypeInfo(typeof(InputSourceJson));
}
