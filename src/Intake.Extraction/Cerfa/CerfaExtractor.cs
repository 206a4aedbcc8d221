using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Common;
using Intake.Extraction.Layout;
using K = Intake.Extraction.Common.FieldKeys;

namespace Intake.Extraction.Cerfa;

/// <summary>The claim form, cerfa n°12245*03: AcroForm fields first, then the page text by labels and sections.</summary>
public sealed partial class CerfaExtractor : IFieldExtractor
{
    private static readonly HashSet<string> GenericLabels = ["nom", "prenoms", "adresse", "code_postal", "commune", "nom_usage", "nom_naissance"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcerfa\b|\bpage \d+ ?/ ?\d+")]
    private static partial System.Text.RegularExpressions.Regex Footer();

    public string Type => DocumentType.DemandeIndemnisation;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var layout = new FormLayout(pages, CerfaLabels.All);
        var set = new FieldSet();
        foreach (var f in AcroFormMapper.Map(formFields, layout)) set.Add(f);
        foreach (var spec in CerfaSchema.Keys)
        {
            if (set.Has(spec.Key) || spec.Key is K.SignaturePresente or K.SignatureLieu or K.SignatureDate) continue;
            set.Add(ReadFromText(layout, spec));
        }
        ReadSignaturePlaceAndDate(layout, set);
        if (!set.Has(K.SignaturePresente)) set.Add(SignatureDetector.Detect(layout, formFields));
        else if (set.Get(K.SignaturePresente) is { Value: false } && SignatureDetector.DetectDrawn(layout) is { } drawn) set.Replace(drawn);
        SplitAddress(set, K.VictimeAdresse, K.VictimeCodePostal, K.VictimeCommune);
        SplitAddress(set, K.FaitsEtablissement, K.FaitsEtablissementCodePostal, K.FaitsEtablissementCommune);
        if (!set.Has(K.DemandeurQualite) && !IsFilerName(set.Get(K.DemandeurNom)) && !IsFilerName(set.Get(K.DemandeurPrenoms)))
            set.Add(new ExtractedField(K.DemandeurQualite, "victime", 0.8, pages.Count > 0 ? pages[0].Number : 1, null));
        CerfaConsistency.Apply(set);
        return set.ToList();
    }

    /// <summary>Whether the form's titles gave every section the key is looked for in.</summary>
    private static bool SectionsFound(FormLayout layout, CerfaKeySpec spec) => spec.Sections.All(s => layout.Lines.Any(l => l.Section == s));

    private static IEnumerable<LabelHit> HitsFor(FormLayout layout, CerfaKeySpec spec, string labelId)
    {
        if (SectionsFound(layout, spec)) return layout.Find(labelId, spec.Sections);
        if (GenericLabels.Contains(labelId) && !spec.Sections.Contains(1)) return [];
        return layout.Find(labelId);
    }

    /// <summary>
    /// The value at the key's preferred label that has one; when that label is found more than once (a word of the
    /// form's instructions read as a label, a label repeated on a notice page), the surest of its values; a generic
    /// label of a form whose sections were not found, its first value.
    /// </summary>
    private static ExtractedField? ReadFromText(FormLayout layout, CerfaKeySpec spec)
    {
        // Without section titles to tell them apart, a generic label ("Nom", "Adresse") is repeated for the victim,
        // the filer and the lawyer, and the victim's comes first on every edition: the first one with a value.
        bool firstWins = GenericLabels.Overlaps(spec.Labels) && !SectionsFound(layout, spec);
        foreach (var labelId in spec.Labels)
        {
            ExtractedField? best = null;
            foreach (var hit in HitsFor(layout, spec, labelId))
            {
                if (ReadAt(layout, spec, hit) is not { } f) continue;
                if (firstWins && GenericLabels.Contains(labelId) && !FormLayout.InSentence(hit)) return f;
                if (best is null || f.Confidence > best.Confidence) best = f;
            }
            if (best is not null) return best;
        }
        return null;
    }

    private static ExtractedField? ReadAt(FormLayout layout, CerfaKeySpec spec, LabelHit hit)
    {
        int page = hit.Line.Page.Number;
        if (spec.Options is not null)
        {
            var r = CheckboxReader.Read(layout, hit, spec.Options);
            if (r is not null)
                return new ExtractedField(spec.Key, spec.Kind == FieldKind.YesNo ? r.Code == "oui" : r.Code, r.Confidence, r.Page, r.Box);
            return TypedOption(layout, spec, hit);
        }
        switch (spec.Kind)
        {
            case FieldKind.Periods:
            {
                var words = FollowingWords(layout, hit, 6);
                return ValueReader.FromWords(spec.Key, FieldKind.Periods, words, page, FormLayout.LabelReliability(hit));
            }
            case FieldKind.LongText:
            {
                var words = FollowingWords(layout, hit, 15);
                return ValueReader.FromWords(spec.Key, FieldKind.LongText, words, page, FormLayout.LabelReliability(hit));
            }
            default:
            {
                var f = ValueReader.FromWords(spec.Key, spec.Kind, layout.ValueWords(hit), page, FormLayout.LabelReliability(hit));
                // A typed value (a date, a postcode…) not found right of the label, where the label's printed words
                // go on ("Date de l'acte médical en cause"), is looked for under it (labels above their boxes).
                if (f is null && spec.Kind is FieldKind.Date or FieldKind.BirthDate or FieldKind.Postcode or FieldKind.Phone
                    && layout.RightOnRow(hit).Count > 0)
                    f = ValueReader.FromWords(spec.Key, spec.Kind, layout.Below(hit, 1), page, FormLayout.LabelReliability(hit) * 0.95);
                // An empty field followed by the form's footer ("cerfa n°12245*03 — page 1/3") has no value.
                if (f?.Value is not string text) return f;
                return Footer().IsMatch(TextFolding.Fold(text)) || IsOptionWording(text) ? null : f;
            }
        }
    }

    private static readonly string[] OptionKeys =
        [.. new[] { CerfaSchema.Qualite, CerfaSchema.TypeDommage, OptionDef.YesNo }.SelectMany(o => o).SelectMany(o => o.Keys)];

    /// <summary>A printed option of a nearby checkbox question ("ayant droit", "Oui"), taken for an empty field's value.</summary>
    private static bool IsOptionWording(string text)
    {
        var key = MatchKeys.Of(text);
        return key.Length >= 3 && OptionKeys.Any(k => k == key || k.StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// A filer's name actually written in section 2: at least two letters, and not the capacity options read as a
    /// name ("curateur [] ayant droit"); a speck read as "L" or "ù" is no identity.
    /// </summary>
    private static bool IsFilerName(ExtractedField? f)
    {
        if (f?.Value is not string text || text.Count(char.IsLetter) < 2) return false;
        var key = MatchKeys.Of(text);
        return !CerfaSchema.Qualite.SelectMany(o => o.Keys).Any(k => key.Contains(k, StringComparison.Ordinal));
    }

    /// <summary>A place name: cut before a date or figures glued to it ("PRIVAS -03/01/2026"); a lone "à" is no place.</summary>
    private static ExtractedField? PlaceName(ExtractedField? f)
    {
        if (f?.Value is not string text) return f;
        int digit = text.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0) text = text[..digit];
        text = text.Trim(' ', '-', ',', ';', ':', '.', '/');
        return text.Count(char.IsLetter) >= 2 ? f with { Value = text } : null;
    }

    /// <summary>A choice typed as text ("Sexe : M", "Qualité : tuteur") when no box was found ticked.</summary>
    private static ExtractedField? TypedOption(FormLayout layout, CerfaKeySpec spec, LabelHit hit)
    {
        var words = layout.RightOf(hit);
        if (words.Count == 0 || words.Count > 4) return null;
        // A printed option beside its box ("[] tuteur") is a choice offered, not a typed answer.
        if (words.Any(w => CheckMarks.Classify(w.Text) != MarkState.None || CheckMarks.SplitGluedMark(w.Text).Mark != MarkState.None))
            return null;
        var first = words[0].Box;
        if (ImageBoxes.BoxBefore(BoxDetector.On(hit.Line.Page), first, first.X0, Math.Max(first.Height, 5)) is not null) return null;
        var key = MatchKeys.Of(string.Join("", words.Select(w => w.Text)));
        var matches = spec.Options!.Where(o => o.Keys.Contains(key)).ToList();
        if (matches.Count != 1) return null;
        object value = spec.Kind == FieldKind.YesNo ? matches[0].Code == "oui" : matches[0].Code;
        var ocr = words.Average(w => w.Confidence);
        return new ExtractedField(spec.Key, value, Confidence.Of(ocr, null, 0.8), hit.Line.Page.Number, BBox.Union(words.Select(w => w.Box)));
    }

    /// <summary>Words right of the label, then whole lines below until a line starting with a label or a title.</summary>
    private static List<Word> FollowingWords(FormLayout layout, LabelHit hit, int maxLines)
    {
        var words = layout.RightOf(hit).ToList();
        for (int li = hit.Line.Index + 1; li < layout.Lines.Count && li <= hit.Line.Index + maxLines; li++)
        {
            var line = layout.Lines[li];
            if (line.IsHeading || line.Page != hit.Line.Page && line.Section != hit.Section) break;
            var hits = layout.HitsOn(line);
            if (hits.Count > 0 && hits[0].Start == 0 && !hits[0].Def.Id.StartsWith("date_signature", StringComparison.Ordinal)) break;
            words.AddRange(FormLayout.Clean(line.Words));
        }
        return words;
    }

    private static void ReadSignaturePlaceAndDate(FormLayout layout, FieldSet set)
    {
        var hit = SignatureLine(layout.Find("fait_a", 7)) ?? SignatureLine(layout.Find("fait_a"));
        if (hit is not null)
        {
            var words = layout.RightOnRow(hit).ToList();
            if (words.All(w => MatchKeys.Of(w.Text) is "" or "le")) words = layout.Below(hit, 1).ToList();
            int dateAt = -1;
            for (int i = 0; i < words.Count && dateAt < 0; i++)
            {
                var rest = string.Join(' ', words.Skip(i).Select(w => w.Text));
                var dates = FrenchDateParser.FindAll(rest);
                if ((dates.Count > 0 && dates[0].Index == 0) || BoxedDate.Read(rest, 40) is not null) dateAt = i;
            }
            var place = words.Take(dateAt < 0 ? words.Count : dateAt)
                .Where(w => TextFolding.TokenKey(w.Text) != "le").ToList();
            while (place.Count > 0 && TextFolding.TokenKey(place[^1].Text) is "" or "le") place.RemoveAt(place.Count - 1);
            set.Add(PlaceName(ValueReader.FromWords(K.SignatureLieu, FieldKind.Text, place, hit.Line.Page.Number)));
            if (dateAt >= 0) set.Add(ValueReader.FromWords(K.SignatureDate, FieldKind.Date, words.Skip(dateAt).ToList(), hit.Line.Page.Number));
        }
        if (!set.Has(K.SignatureDate))
        {
            var dateHit = layout.Find("date_signature", 7).FirstOrDefault();
            if (dateHit is not null) set.Add(ValueReader.FromWords(K.SignatureDate, FieldKind.Date, layout.ValueWords(dateHit), dateHit.Line.Page.Number));
        }
        if (!set.Has(K.SignatureDate) && hit is not null)
        {
            // "Fait à" / the place / "le" / the date, each on a line of its own (labels above their boxes)
            for (int li = hit.Line.Index; li < layout.Lines.Count && li <= hit.Line.Index + 4; li++)
            {
                var line = layout.Lines[li];
                if (line.Page != hit.Line.Page || (li > hit.Line.Index && line.IsHeading)) break;
                var f = ValueReader.FromWords(K.SignatureDate, FieldKind.Date, line.Words, line.Page.Number, 0.75);
                if (f is not null) { set.Add(f); break; }
            }
        }
    }

    /// <summary>
    /// The "Fait à … le …" line among the label's matches: one with a date on its row first (the filled signature
    /// line), then one that starts its line (a label, not words of a sentence in a notice page that mention the
    /// facts), then the last one.
    /// </summary>
    private static LabelHit? SignatureLine(IEnumerable<LabelHit> hits) =>
        hits.Select((h, i) => (h, i))
            .OrderByDescending(x => FrenchDateParser.FindAll(string.Join(' ', x.h.Line.Words.Skip(x.h.End + 1).Select(w => w.Text))).Count > 0)
            .ThenByDescending(x => x.h.Start == 0)
            .ThenByDescending(x => x.i)
            .Select(x => x.h).FirstOrDefault();

    /// <summary>Moves "75011 PARIS" out of an address line into the postcode and commune keys.</summary>
    private static void SplitAddress(FieldSet set, string addressKey, string postcodeKey, string communeKey)
    {
        if (set.Get(addressKey) is not { Value: string address } f) return;
        var tokens = address.Split(' ');
        int at = Array.FindIndex(tokens, t => t.Trim(',').Length == 5 && ContactParsers.TryParsePostcode(t.Trim(','), out _));
        if (at < 0) return;
        ContactParsers.TryParsePostcode(tokens[at].Trim(','), out var pc);
        var commune = string.Join(' ', tokens.Skip(at + 1)).Trim(' ', ',');
        if (!set.Has(postcodeKey)) set.Add(new ExtractedField(postcodeKey, pc, f.Confidence, f.Page, f.Box));
        if (!set.Has(communeKey) && commune.Length > 0) set.Add(new ExtractedField(communeKey, commune, f.Confidence, f.Page, f.Box));
        var street = string.Join(' ', tokens.Take(at)).Trim(' ', ',', '-');
        if (street.Length > 0) set.Replace(new ExtractedField(addressKey, street, f.Confidence, f.Page, f.Box));
    }
}
