using Intake.Domain.Documents;
using Intake.Extraction.Common;

namespace Intake.Extraction.Tests.Common;

/// <summary>Specks the OCR made of a box's edges at the ends of a value are not part of it.</summary>
public class ValueDebrisTests
{
    private static IReadOnlyList<Word> Words(params (string Text, double Confidence)[] words) =>
        words.Select((w, i) => new Word(w.Text, new BBox(50 + 40 * i, 100, 85 + 40 * i, 110), w.Confidence)).ToList();

    private static object? Read(string key, params (string, double)[] words) =>
        ValueReader.FromWords(key, FieldKind.Text, Words(words), 1)?.Value;

    [Fact]
    public void Short_unsure_specks_at_either_end_are_dropped()
    {
        Assert.Equal("Ajaccio (2A)", Read("victime.lieu_naissance", ("Ajaccio", 0.93), ("(2A)", 0.93), ("En", 0.09)));
        Assert.Equal("Centre hospitalier de Niort", Read("faits.etablissement", ("«", 0.1), ("Centre", 0.9), ("hospitalier", 0.9), ("de", 0.95), ("Niort", 0.95), ("»", 0.0)));
    }

    [Fact]
    public void Figures_sure_words_and_a_lone_word_are_kept()
    {
        // a house number read with doubt is still the address's start; "DS" read surely would be writing
        Assert.Equal("62 rue des Lilas", Read("victime.adresse", ("62", 0.49), ("rue", 0.97), ("des", 0.97), ("Lilas", 0.96), ("DS", 0.30)));
        Assert.Equal("12 rue des Lilas Bt B", Read("victime.adresse", ("12", 0.9), ("rue", 0.97), ("des", 0.97), ("Lilas", 0.96), ("Bt", 0.8), ("B", 0.9)));
        Assert.Equal("Ré", Read("victime.commune", ("Ré", 0.2)));
    }

    [Fact]
    public void A_bracket_opened_and_never_closed_is_the_edge_of_the_box()
    {
        Assert.Equal("70 rue des Lilas", Read("avocat.adresse", ("(70", 0.64), ("rue", 0.96), ("des", 0.97), ("Lilas", 0.97)));
        Assert.Equal("CPAM (Bayonne)", Read("victime.caisse", ("CPAM", 0.64), ("(Bayonne)", 0.6)));
    }
}
