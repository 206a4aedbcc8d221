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

    /// <summary>A reception stamp's lines ("CCI RHÔNE-ALPES", "REÇU LE 05 JAN. 2026"): not the sender.</summary>
    [GeneratedRegex(@"\b(?:recu|arrive|arrivee|enregistre)\s+le\b|^cci\b|^commission\b")]
    private static partial Regex StampLine();

    /// <summary>"Maître Léa BRUNET", "Dr Paul MARTIN", "Madame Anne DUPONT" opening a letterhead line.</summary>
    [GeneratedRegex(@"^(?:maitre|me|docteur|dr\.?|professeur|pr\.?|madame|monsieur|mme|m\.)\s+(?=[a-z])")]
    private static partial Regex TitledName();

    /// <summary>
    /// The sender: the name signed under the closing formula when it reads as a name (a scribbled signature
    /// OCR'd as "VITTN/" does not), else the person named in the letterhead, else the letterhead's first line.
    /// </summary>
    private static ExtractedField? Sender(DocumentText doc)
    {
        var signed = SignedName(doc);
        var header = HeaderSender(doc);
        if (signed is null) return header;
        if (header is null) return signed;
        // The typed name under a signature repeats the letterhead; a scribble read as letters does not.
        var headerKey = TextFolding.MatchingForm((string)header.Value);
        bool echoed = ((string)signed.Value).Split(' ').Select(TextFolding.MatchingForm)
            .Any(w => w.Length >= 3 && headerKey.Contains(w, StringComparison.Ordinal));
        return echoed || signed.Confidence >= 0.8 ? signed : header;
    }

    private static ExtractedField? SignedName(DocumentText doc)
    {
        Match? last = null;
        foreach (Match m in Closing().Matches(doc.Folded)) last = m;
        if (last is null) return null;
        int i = last.Index + last.Length;
        for (int k = 0; k < 4 && i < doc.Raw.Length; k++)
        {
            int end = doc.LineEnd(i);
            var line = doc.Raw[i..end].Trim();
            if (line.Length > 0 && line.Length <= 60 && !line.Any(char.IsDigit) && line.Split(' ').Length <= 6
                && Prose.NameAt(doc, i) is { } n && LooksLikeName(n.Text))
                return Prose.At(doc, FieldKeys.CourrierExpediteur, PersonNameParser.StripTitles(line), i, end - i, 0.75);
            i = end + 1;
        }
        return null;
    }

    /// <summary>Two words or more, letters only, not all of them scanner specks.</summary>
    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => w.TrimEnd('.').All(c => char.IsLetter(c) || c is '-' or '\''))
            && words.Count(w => w.Length >= 2) >= 2;
    }

    /// <summary>The letterhead (lines before the "Objet" or the salutation): a titled name, else the first line.</summary>
    private static ExtractedField? HeaderSender(DocumentText doc)
    {
        int i = 0;
        ExtractedField? first = null;
        for (int k = 0; k < 8 && i < doc.Raw.Length; k++)
        {
            int end = doc.LineEnd(i);
            var folded = doc.Folded[i..end].Trim();
            if (folded.StartsWith("objet", StringComparison.Ordinal) || folded.StartsWith("madame", StringComparison.Ordinal) && folded.Contains("monsieur", StringComparison.Ordinal))
                break;
            var line = doc.Raw[i..end].Trim();
            if (line.Length > 0 && !StampLine().IsMatch(folded))
            {
                var titled = TitledName().Match(folded);
                if (titled.Success && Prose.NameAt(doc, i + LeadingSpaces(doc, i) + titled.Length) is { } n && LooksLikeName(n.Text))
                    return Prose.At(doc, FieldKeys.CourrierExpediteur, n.Text, n.Start, n.Length, 0.7);
                if (first is null && !line.Any(char.IsDigit))
                    first = Prose.At(doc, FieldKeys.CourrierExpediteur, PersonNameParser.StripTitles(line), i, end - i, 0.5);
            }
            i = end + 1;
        }
        return first;
    }

    private static int LeadingSpaces(DocumentText doc, int i)
    {
        int n = 0;
        while (i + n < doc.Raw.Length && doc.Raw[i + n] == ' ') n++;
        return n;
    }
}
