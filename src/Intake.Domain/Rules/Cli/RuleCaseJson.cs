using System.Text.Json;
using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.Domain.Rules.Cli;

/// <summary>
/// The JSON codec of docs/rules-cli.md: <see cref="Parse"/> reads one case (validating every key
/// against the fact catalog and every value against its format); <see cref="Format"/> writes one decision as one line.
/// </summary>
public static class RuleCaseJson
{
    /// <summary>Parses one case. <c>today</c> is null when absent (the caller supplies its own date).</summary>
    /// <exception cref="RuleInputException">bad JSON, an unknown key, a missing key or a value of the wrong format.</exception>
    public static RuleCase Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new RuleInputException("json", $"invalid JSON ({e.Message})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new RuleInputException("json", "expected an object");
            DateOnly? receipt = null, today = null;
            IReadOnlyList<CaseDocument> documents = [];
            var facts = FactSet.Empty;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "receipt_date": receipt = FactJsonReader.Date(p.Value, "receipt_date"); break;
                    case "today": today = p.Value.ValueKind == JsonValueKind.Null ? null : FactJsonReader.Date(p.Value, "today"); break;
                    case "documents": documents = Documents(p.Value); break;
                    case "facts": facts = Facts(p.Value); break;
                    default: throw new RuleInputException(p.Name, "unknown key");
                }
            }
            if (receipt is null) throw new RuleInputException("receipt_date", "missing");
            return new RuleCase(receipt.Value, today, documents, facts);
        }
    }

    /// <summary>One decision as one JSON line, keys and codes of docs/rules-cli.md, lists sorted.</summary>
    public static string Format(Decision decision) => Json.DecisionJson.Write(decision);

    private static List<CaseDocument> Documents(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new RuleInputException("documents", "expected a list");
        var documents = new List<CaseDocument>();
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = $"documents[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) throw new RuleInputException(at, "expected an object");
            string? type = null, id = null;
            DateOnly? received = null;
            var about = DocumentSubject.Victime;
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "type":
                        type = p.Value.ValueKind == JsonValueKind.String && DocumentType.IsKnown(p.Value.GetString()!)
                            ? p.Value.GetString()
                            : throw new RuleInputException($"{at}.type", "expected a document type code of docs/document-types.md");
                        break;
                    case "received": received = FactJsonReader.Date(p.Value, $"{at}.received"); break;
                    case "about":
                        about = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() switch
                        {
                            "victime" => DocumentSubject.Victime,
                            "demandeur" => DocumentSubject.Demandeur,
                            _ => throw new RuleInputException($"{at}.about", "expected victime or demandeur"),
                        } : throw new RuleInputException($"{at}.about", "expected victime or demandeur");
                        break;
                    case "id":
                        id = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new RuleInputException($"{at}.id", "expected a string");
                        break;
                    default: throw new RuleInputException($"{at}.{p.Name}", "unknown key");
                }
            }
            if (type is null) throw new RuleInputException($"{at}.type", "missing");
            if (received is null) throw new RuleInputException($"{at}.received", "missing");
            documents.Add(new CaseDocument(type, received.Value, about, id));
        }
        return documents;
    }

    private static FactSet Facts(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new RuleInputException("facts", "expected an object");
        var facts = new List<Fact>();
        foreach (var p in value.EnumerateObject())
        {
            var def = FactCatalog.Find(p.Name) ?? throw new RuleInputException(p.Name, "unknown fact key (docs/fields.md)");
            if (p.Value.ValueKind == JsonValueKind.Null) continue; // null: unknown, like an absent key
            facts.Add(new Fact(p.Name, FactJsonReader.Read(def, p.Value, p.Name)));
        }
        return new FactSet(facts);
    }
}
