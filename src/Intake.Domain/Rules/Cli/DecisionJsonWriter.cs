using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Intake.Domain.Facts;
using Intake.Domain.Fields;

namespace Intake.Domain.Rules.Cli;

/// <summary>Writes a <see cref="Decision"/> as the one-line output object of docs/rules-cli.md.</summary>
internal static class DecisionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(Decision d)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("gravity");
            w.WriteString("outcome", d.Gravity.Outcome);
            Strings(w, "grounds", d.Gravity.Grounds);
            w.WriteEndObject();
            w.WriteString("procedure", d.Procedure);
            w.WriteString("likely_payer", d.LikelyPayer);
            Strings(w, "flags", d.Flags);
            Strings(w, "tasks", d.DistinctTaskCodes);
            w.WriteStartArray("missing");
            foreach (var m in d.Missing.OrderBy(m => m.Item, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("item", m.Item);
                w.WriteString("severity", m.Severity);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteBoolean("complete", d.Complete);
            w.WritePropertyName("complete_date");
            Value(w, d.CompleteDate);
            w.WritePropertyName("avis_due");
            Value(w, d.AvisDue);
            w.WriteString("rule_set_version", d.RuleSetVersion);
            w.WriteStartArray("trail");
            foreach (var t in d.Trail) Trail(w, t);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values.Distinct().Order(StringComparer.Ordinal)) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Trail(Utf8JsonWriter w, TrailEntry t)
    {
        w.WriteStartObject();
        w.WriteString("rule", t.Rule);
        w.WriteString("source", t.Source);
        w.WriteString("outcome", t.Outcome);
        w.WriteStartObject("inputs");
        foreach (var input in t.Inputs.DistinctBy(i => i.Key))
        {
            w.WritePropertyName(input.Key);
            if (input.Provenance is null)
            {
                Value(w, input.Value);
                continue;
            }
            w.WriteStartObject();
            w.WritePropertyName("value");
            Value(w, input.Value);
            w.WritePropertyName("source");
            Provenance(w, input.Provenance, input.LowConfidence);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteString("explanation", t.Explanation);
        w.WriteEndObject();
    }

    private static void Provenance(Utf8JsonWriter w, Provenance p, bool lowConfidence)
    {
        w.WriteStartObject();
        if (p.IsReviewer)
        {
            w.WriteString("reviewer", p.Reviewer);
            if (p.ReviewedAt is { } at) w.WriteString("at", at.ToString("O", CultureInfo.InvariantCulture));
            if (p.Reason is not null) w.WriteString("why", p.Reason);
        }
        else
        {
            if (p.DocumentId is not null) w.WriteString("document", p.DocumentId);
            if (p.DocumentType is not null) w.WriteString("type", p.DocumentType);
            if (p.Page is { } page) w.WriteNumber("page", page);
            if (p.Box is { } box)
            {
                w.WriteStartArray("bbox");
                foreach (var x in box.ToArray()) w.WriteNumberValue(x);
                w.WriteEndArray();
            }
            if (p.Confidence is { } c) w.WriteNumber("confidence", Math.Round(c, 3));
            if (lowConfidence) w.WriteBoolean("low_confidence", true);
        }
        w.WriteEndObject();
    }

    /// <summary>Writes a value in the formats of docs/fields.md (dates YYYY-MM-DD, periods {debut, fin, taux}).</summary>
    private static void Value(Utf8JsonWriter w, object? value)
    {
        if (FieldValueJson.ToNode(value) is { } node) node.WriteTo(w);
        else w.WriteNullValue();
    }
}
