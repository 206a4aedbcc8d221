using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>
/// Cover letters and correspondence: date, sender, cited CCI file number; insurers' answers (not insured,
/// refusal, expired cover, cap exceeded) and mentions of another ONIAM scheme.
/// </summary>
public sealed partial class LetterExtractor : IFieldExtractor
{
    [GeneratedRegex(@"(?:salutations|sentiments|agreer|cordialement|consideration|respectueusement|bien a vous)[^\n]*\n")]
    private static partial Regex Closing();

    [GeneratedRegex(@"n'(?:etait|est) (?:pas|plus) assuree?|(?:aucun|pas de|absence de) contrat d'assurance|aucune (?:garantie|assurance)|pas (?:d'|de )?assurance|defaut d'assurance|non assuree?")]
    private static partial Regex NotInsured();

    [GeneratedRegex(@"\brefus|ne (?:pouvons|saurions|pourrons) (?:pas )?(?:donner (?:une )?suite|prendre en charge|faire droit|accepter)|declinons|ne donnerons pas suite|opposons un refus|absence de reponse|reste(?:e|ee)? sans reponse|silence")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"(?:couverture|garantie|contrat|police)[^.\n]{0,40}(?:expir|resili|echu|termin|pris fin)|n'(?:etait|est) plus couvert|l\.?\s?251-2|hors (?:de la )?periode de (?:garantie|couverture)|(?:expiration|resiliation) (?:du contrat|de la garantie|de la police)")]
    private static partial Regex Expired();

    [GeneratedRegex(@"plafond[^.\n]{0,60}(?:depass|excede|atteint|insuffisant)|(?:depass|exced)\w*[^.\n]{0,40}plafond|au-dela (?:du|des) plafonds?")]
    private static partial Regex CapExceeded();

    [GeneratedRegex(@"benfluorex|mediator|vaccination obligatoire|transfusion|\bvih\b|hepatite c")]
    private static partial Regex Scheme();

    public string Type => DocumentType.Courrier;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        set.Add(CommonPatterns.DocumentDate(doc, FieldKeys.CourrierDate, preferLast: false, headerFirst: true));
        if (!set.Has(FieldKeys.CourrierDate) && doc.Dates.Count > 0) set.Add(Prose.DateField(doc, FieldKeys.CourrierDate, doc.Dates[0], 0.5));
        set.Add(Sender(doc));
        set.Add(CommonPatterns.FileNumber(doc, FieldKeys.CourrierNumeroDossier));
        AddFlag(doc, set, NotInsured(), FieldKeys.AssuranceAbsente);
        AddFlag(doc, set, Refusal(), FieldKeys.AssuranceRefus);
        AddFlag(doc, set, Expired(), FieldKeys.AssuranceCouvertureExpiree);
        AddFlag(doc, set, CapExceeded(), FieldKeys.AssurancePlafondDepasse);
        var s = Scheme().Match(doc.Folded);
        if (s.Success)
        {
            var code = s.Value switch { "benfluorex" or "mediator" => "benfluorex", "vaccination obligatoire" => "vaccination", _ => "transfusion" };
            set.Add(Prose.At(doc, FieldKeys.SchemeAutre, code, s.Index, s.Length, 0.6));
        }
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }

    private static void AddFlag(DocumentText doc, FieldSet set, Regex r, string key)
    {
        var m = r.Match(doc.Folded);
        if (m.Success) set.Add(Prose.At(doc, key, true, m.Index, m.Length, 0.75));
    }

    /// <summary>The name signed under the closing formula, else the first line of the letterhead.</summary>
    private static ExtractedField? Sender(DocumentText doc)
    {
        Match? last = null;
        foreach (Match m in Closing().Matches(doc.Folded)) last = m;
        if (last is not null)
        {
            int i = last.Index + last.Length;
            for (int k = 0; k < 4 && i < doc.Raw.Length; k++)
            {
                int end = doc.LineEnd(i);
                var line = doc.Raw[i..end].Trim();
                if (line.Length > 0 && line.Length <= 60 && !line.Any(char.IsDigit) && line.Split(' ').Length <= 6
                    && Prose.NameAt(doc, i) is { } n)
                    return Prose.At(doc, FieldKeys.CourrierExpediteur, PersonNameParser.StripTitles(line), i, end - i, 0.75);
                i = end + 1;
            }
        }
        if (doc.Raw.Length == 0) return null;
        int e0 = doc.LineEnd(0);
        var first = doc.Raw[..e0].Trim();
        if (first.Length == 0 || first.Any(char.IsDigit)) return null;
        return Prose.At(doc, FieldKeys.CourrierExpediteur, PersonNameParser.StripTitles(first), 0, e0, 0.5);
    }
}
