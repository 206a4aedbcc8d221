using Intake.Pipeline.Attachment;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Attachment;

/// <summary>Every branch of the attachment cascade, on candidate lists built by hand (no database).</summary>
public sealed class DossierMatcherTests
{
    private static readonly DateOnly Born = new(1970, 5, 12);
    private static readonly string NirA = Who.Nir("2700575123456");
    private static readonly string NirB = Who.Nir("1650875123457");

    private static DossierCandidate D(long id, string name, string? first = null, DateOnly? birth = null, string? nir = null, string? firstNames = null) =>
        new(id, $"CCI-2026-{id:D6}", [name], first, birth, nir, firstNames);

    [Fact]
    public void The_file_number_comes_first()
    {
        var m = DossierMatcher.Match(Who.Identity("MARTIN", fileNumber: "cci 2026 000002"), [D(1, "MARTIN"), D(2, "DURAND")]);
        Assert.Equal((2L, MatchRule.FileNumber), (m.DossierId!.Value, m.Rule));
    }

    [Fact]
    public void A_file_number_and_a_nir_of_two_different_victims_are_left_to_a_person()
    {
        var m = DossierMatcher.Match(Who.Identity("DURAND", nir: NirA, fileNumber: "CCI-2026-000002"), [D(1, "MARTIN", nir: NirA), D(2, "DURAND", nir: NirB)]);
        Assert.Null(m.DossierId);
        Assert.Equal(MatchRule.Ambiguous, m.Rule);
    }

    [Fact]
    public void The_nir_designates_one_dossier_whatever_the_name()
    {
        var m = DossierMatcher.Match(Who.Identity("DUPONT-MOREAU", nir: NirA), [D(1, "DUPONT", nir: NirA), D(2, "DUPONT", nir: NirB)]);
        Assert.Equal((1L, MatchRule.Nir), (m.DossierId!.Value, m.Rule));
    }

    [Fact]
    public void Two_dossiers_with_the_same_nir_are_ambiguous()
    {
        var m = DossierMatcher.Match(Who.Identity("DUPONT", nir: NirA), [D(1, "DUPONT", nir: NirA), D(2, "DUPONT", nir: NirA)]);
        Assert.Equal((null, MatchRule.Ambiguous), (m.DossierId, m.Rule));
    }

    [Fact]
    public void Name_and_birth_date_designate_one_dossier()
    {
        var m = DossierMatcher.Match(Who.Identity("DUPONT", birth: Born), [D(1, "DUPONT", birth: new DateOnly(1980, 1, 1)), D(2, "DUPONT", birth: Born)]);
        Assert.Equal((2L, MatchRule.NameAndBirthDate), (m.DossierId!.Value, m.Rule));
    }

    [Fact]
    public void Twins_with_one_birth_date_are_told_apart_by_their_first_names()
    {
        var candidates = new[] { D(1, "DUPONT", "PAUL", Born), D(2, "DUPONT", "MARIE", Born) };
        Assert.Equal(2L, DossierMatcher.Match(Who.Identity("Dupont", "Marie", Born), candidates).DossierId);
        // Only Paul has a dossier: a letter about Marie is not Paul's.
        Assert.Null(DossierMatcher.Match(Who.Identity("Dupont", "Marie", Born), [candidates[0]]).DossierId);
    }

    [Fact]
    public void Two_dossiers_with_the_same_name_and_birth_date_are_ambiguous()
    {
        var m = DossierMatcher.Match(Who.Identity("DUPONT", birth: Born), [D(1, "DUPONT", birth: Born), D(2, "DUPONT", birth: Born)]);
        Assert.Equal((null, MatchRule.Ambiguous), (m.DossierId, m.Rule));
    }

    [Fact]
    public void An_ocr_slip_in_the_name_is_tolerated_when_the_birth_date_confirms_it()
    {
        // "LEMOINE" read "LEMOlNE" → key LEMOLNE: one edit away, and the same birth date.
        var m = DossierMatcher.Match(Who.Identity("LEMOlNE", birth: Born), [D(1, "LEMOINE", birth: Born), D(2, "LEMOINE", birth: new DateOnly(1990, 2, 2))]);
        Assert.Equal((1L, MatchRule.CloseNameConfirmed), (m.DossierId!.Value, m.Rule));
    }

    [Fact]
    public void A_nir_decides_even_when_the_name_is_misread_but_a_close_name_needs_a_birth_date()
    {
        Assert.Equal(1L, DossierMatcher.Match(Who.Identity("LEMOlNE", nir: NirA), [D(1, "LEMOINE", nir: NirA)]).DossierId);
        // No dossier holds this NIR; the close name has no birth date to confirm it; the other LEMOINE has another NIR.
        var m = DossierMatcher.Match(Who.Identity("LEMOlNE", nir: NirA), [D(1, "LEMOINE", nir: NirB), D(2, "LEMOINE")]);
        Assert.Equal((null, MatchRule.NoMatch), (m.DossierId, m.Rule));
    }

    [Fact]
    public void A_close_name_alone_is_another_person()
    {
        // MARTINS is one letter away from MARTIN, but nothing confirms it is the same person.
        var m = DossierMatcher.Match(Who.Identity("MARTINS", "Jean"), [D(1, "MARTIN", "JEAN")]);
        Assert.Equal((null, MatchRule.NoMatch), (m.DossierId, m.Rule));
        // Nor with a birth date that differs.
        Assert.Null(DossierMatcher.Match(Who.Identity("MARTINS", "Jean", Born), [D(1, "MARTIN", "JEAN", new DateOnly(1971, 5, 12))]).DossierId);
    }

    [Fact]
    public void A_close_name_with_the_same_birth_date_but_another_first_name_is_another_person()
    {
        var m = DossierMatcher.Match(Who.Identity("LEMOlNE", "Paul", Born), [D(1, "LEMOINE", "MARIE", Born)]);
        Assert.Null(m.DossierId);
    }

    [Fact]
    public void The_name_alone_attaches_only_to_the_one_dossier_of_that_name()
    {
        Assert.Equal(1L, DossierMatcher.Match(Who.Identity("Le Gall"), [D(1, "LEGALL"), D(2, "DURAND")]).DossierId);
        var m = DossierMatcher.Match(Who.Identity("Le Gall"), [D(1, "LEGALL"), D(2, "LEGALL")]);
        Assert.Equal((null, MatchRule.Ambiguous), (m.DossierId, m.Rule));
    }

    [Fact]
    public void Four_dossiers_with_one_surname_and_two_with_the_first_name_are_ambiguous()
    {
        var candidates = new[] { D(1, "DUPONT", "JEAN"), D(2, "DUPONT", "PAUL"), D(3, "DUPONT", "MARIE"), D(4, "DUPONT", "MARIE") };
        var m = DossierMatcher.Match(Who.Identity("DUPONT", "Marie"), candidates);
        Assert.Equal((null, MatchRule.Ambiguous), (m.DossierId, m.Rule));
        // With one Marie only, her dossier is the one, even among four of that name.
        Assert.Equal(3L, DossierMatcher.Match(Who.Identity("DUPONT", "Marie"), candidates[..3]).DossierId);
    }

    [Fact]
    public void A_dossier_without_a_first_name_matches_no_first_name()
    {
        Assert.Null(DossierMatcher.Match(Who.Identity("DUPONT", "Marie"), [D(1, "DUPONT")]).DossierId);
        // Beside a dossier of the right first name it makes the name ambiguous: it may be the same person.
        var m = DossierMatcher.Match(Who.Identity("DUPONT", "Marie"), [D(1, "DUPONT"), D(2, "DUPONT", "MARIE")]);
        Assert.Equal((null, MatchRule.Ambiguous), (m.DossierId, m.Rule));
    }

    [Fact]
    public void A_document_naming_nobody_matches_nothing()
    {
        var m = DossierMatcher.Match(Who.Identity(), [D(1, "DUPONT")]);
        Assert.Equal((null, MatchRule.NoMatch), (m.DossierId, m.Rule));
        Assert.Contains("Aucun numéro de dossier", m.Reason, StringComparison.Ordinal);
        Assert.Equal(MatchRule.NoMatch, DossierMatcher.Match(Who.Identity("DURAND"), [D(1, "DUPONT")]).Rule);
    }

    [Fact]
    public void A_known_birth_date_or_nir_that_differs_is_another_person_even_with_the_same_name()
    {
        Assert.Null(DossierMatcher.Match(Who.Identity("DUPONT", birth: Born), [D(1, "DUPONT", birth: new DateOnly(1975, 1, 1))]).DossierId);
        Assert.Null(DossierMatcher.Match(Who.Identity("DUPONT", nir: NirA), [D(1, "DUPONT", nir: NirB)]).DossierId);
    }

    [Fact]
    public void A_first_name_may_be_any_of_the_persons_first_names()
    {
        // The expert calls him by his usual first name, the third on his identity card.
        var dossier = D(1, "LECLERCQ", "PATRICK", new DateOnly(1943, 12, 5), firstNames: "Patrick David Philippe");
        var m = DossierMatcher.Match(Who.Identity("Leclercq", "Philippe", new DateOnly(1943, 12, 5)), [dossier]);
        Assert.Equal((1L, MatchRule.NameAndBirthDate), (m.DossierId!.Value, m.Rule));
        Assert.Equal(1L, DossierMatcher.Match(Who.Identity("Leclercq", "Philippe"), [dossier]).DossierId);
        // Another person of the same name and birth date, none of whose first names is the document's.
        Assert.Null(DossierMatcher.Match(Who.Identity("Leclercq", "Josiane", new DateOnly(1943, 12, 5)), [dossier]).DossierId);
    }

    [Fact]
    public void A_first_name_split_by_the_ocr_is_the_same_name_when_the_birth_date_confirms_it()
    {
        var dossier = D(9, "PAYET", "JERO", new DateOnly(1977, 4, 5), firstNames: "JÉRÔ ME DAVID PHILIPPE");
        Assert.Equal(9L, DossierMatcher.Match(Who.Identity("Payet", "Jérôme", new DateOnly(1977, 4, 5)), [dossier]).DossierId);
        // Without the birth date, a split first name is not enough to file a letter by name alone.
        Assert.Null(DossierMatcher.Match(Who.Identity("Payet", "Jérôme"), [dossier]).DossierId);
    }

    [Fact]
    public void Papers_about_the_filer_go_to_the_one_dossier_filed_by_that_person()
    {
        // A mother files for her son: her identity card names her, not the victim.
        var son = D(1, "HENRY", "FREDERIC", new DateOnly(2012, 9, 22)) with { FilerNameKeys = ["HENRY"], FilerFirstKey = "MAELLE" };
        var other = D(2, "HENRY", "PAUL", new DateOnly(1950, 1, 1));
        var card = Who.Identity("Henry", "Maëlle Jeanne", new DateOnly(1981, 6, 22));

        var match = DossierMatcher.Match(card, [son, other]);
        Assert.Equal((1L, MatchRule.Filer), (match.DossierId, match.Rule));
        Assert.Contains("demandeur", match.Reason, StringComparison.Ordinal);

        // The same filer on two dossiers (a parent filing for two children): a person decides.
        var daughter = D(3, "HENRY", "LEA", new DateOnly(2015, 1, 1)) with { FilerNameKeys = ["HENRY"], FilerFirstKey = "MAELLE" };
        Assert.Equal((null, MatchRule.Ambiguous), (DossierMatcher.Match(card, [son, other, daughter]).DossierId, DossierMatcher.Match(card, [son, other, daughter]).Rule));
        // Another first name: not the filer.
        Assert.Null(DossierMatcher.Match(Who.Identity("Henry", "Odile"), [son, other]).DossierId);
    }

    [Fact]
    public void A_paper_naming_a_relative_follows_its_envelope_only_to_a_dossier_it_shares_a_key_with()
    {
        var child = D(1, "GARNIER", "LUCAS", new DateOnly(2014, 3, 8));
        var familyBook = Who.Identity("Garnier", "Antoine", new DateOnly(1979, 11, 2)); // the father, as the record book names him
        var match = DossierMatcher.Match(familyBook, [child]);
        Assert.Equal((null, MatchRule.NoMatch), (match.DossierId, match.Rule));

        Assert.Equal(1L, DossierMatcher.FollowsEnvelope(match, [1L], envelopeDossier: 1));
        // No shared key with the envelope's dossier, an envelope with no dossier or several: it stays for a person.
        Assert.Null(DossierMatcher.FollowsEnvelope(match, [], envelopeDossier: 1));
        Assert.Null(DossierMatcher.FollowsEnvelope(match, [1L], envelopeDossier: null));
        // Several dossiers designated is a doubt the envelope does not settle.
        var ambiguous = DossierMatcher.Match(Who.Identity("Garnier", "Lucas"), [child, D(2, "GARNIER", "LUCAS")]);
        Assert.Equal(MatchRule.Ambiguous, ambiguous.Rule);
        Assert.Null(DossierMatcher.FollowsEnvelope(ambiguous, [1L, 2L], envelopeDossier: 1));
    }

    [Fact]
    public void A_long_first_name_read_with_one_slip_is_the_same_person_a_short_one_is_not()
    {
        // The claim form's first names were read "DANIEN, NARIE" and its birth date not surely: the dossier holds no birth date.
        var misread = D(1, "NOEL", "DANIEN", birth: null, firstNames: "DANIEN, NARIE");
        var certificate = DossierMatcher.Match(Who.Identity("Noël", "Damien", new DateOnly(1961, 12, 2)), [misread]);
        Assert.Equal((1L, MatchRule.NameAlone), (certificate.DossierId, certificate.Rule));
        Assert.Contains("très proche", certificate.Reason, StringComparison.Ordinal);
        // Another person with a close long first name and the same surname makes it a doubt.
        var brother = D(2, "NOEL", "DAMIEN", birth: null);
        Assert.Null(DossierMatcher.Match(Who.Identity("Noël", "Damien"), [misread, brother]).DossierId);
        // Short first names must be exact: Mario's dossier does not take Marie's letter.
        Assert.Null(DossierMatcher.Match(Who.Identity("Noël", "Marie"), [D(3, "NOEL", "MARIO")]).DossierId);
    }

    [Fact]
    public void A_birth_date_or_nir_read_with_little_confidence_is_no_key()
    {
        IReadOnlyList<Intake.Domain.Fields.ExtractedField> Read(double confidence) =>
        [
            new("victime.nom", "Noël", 0.9, 1, null),
            new("victime.date_naissance", new DateOnly(1961, 1, 2), confidence, 1, null),
            new("victime.nir", NirA, confidence, 1, null),
        ];
        var unsure = DocumentIdentity.From(Read(0.3));
        Assert.Equal((null, null), (unsure.BirthDate, unsure.Nir));
        var sure = DocumentIdentity.From(Read(0.6));
        Assert.Equal((new DateOnly(1961, 1, 2), NirA), (sure.BirthDate, sure.Nir));
        // So an unsure birth date never tells the victim of a dossier apart from the document's.
        Assert.False(DossierMatcher.Contradicts(D(1, "NOEL", birth: new DateOnly(1961, 12, 2)), unsure));
    }
}
