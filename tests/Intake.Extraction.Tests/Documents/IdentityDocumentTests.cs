using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Domain.Documents;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Documents;

public class IdentityDocumentTests
{
    /// <summary>ICAO 9303 check digit, computed here independently.</summary>
    private static char Check(string s)
    {
        int[] w = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int v = char.IsDigit(c) ? c - '0' : char.IsLetter(c) ? c - 'A' + 10 : 0;
            sum += v * w[i % 3];
        }
        return (char)('0' + sum % 10);
    }

    private static PageText Page(params string[] lines)
    {
        var p = new PageBuilder(1, source: TextSource.Ocr);
        foreach (var l in lines) p.Line(l);
        return p.Build();
    }

    private static string Td3Line2(string birth)
    {
        var number = "19AB12345";
        var l = number + Check(number) + "FRA" + birth + Check(birth) + "F" + "300101" + Check("300101") + "<<<<<<<<<<<<<<" + "0";
        return l + Check(l[..10] + l[13..20] + l[21..43]);
    }

    [Fact]
    public void Passport_mrz_with_check_digits()
    {
        var line1 = "P<FRADUPONT<<JEANNE<MARIE<<<<<<<<<<<<<<<<<<<";
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [Page("PASSEPORT", line1, Td3Line2("700312"))], []);
        Value(f, "identite.type", "passeport");
        Value(f, "identite.nom", "DUPONT");
        Value(f, "identite.prenoms", "JEANNE MARIE");
        Value(f, "identite.date_naissance", D(1970, 3, 12));
        Assert.True(Field(f, "identite.date_naissance").Confidence > 0.9);
    }

    [Fact]
    public void Ocr_confusions_in_digit_fields_are_repaired_and_a_bad_check_lowers_confidence()
    {
        var line1 = "P<FRADUPONT<<JEANNE<<<<<<<<<<<<<<<<<<<<<<<<<";
        var good = Td3Line2("700312");
        var damaged = good[..13] + "7OO312" + good[19..];
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [Page(line1, damaged)], []);
        Value(f, "identite.date_naissance", D(1970, 3, 12));
        Assert.True(Field(f, "identite.date_naissance").Confidence > 0.9);
        var wrong = good[..19] + (good[19] == '9' ? '0' : (char)(good[19] + 1)) + good[20..];
        var g = new FieldExtractor().Extract(DocumentType.PieceIdentite, [Page(line1, wrong)], []);
        Assert.True(Field(g, "identite.date_naissance").Confidence < 0.7);
    }

    [Fact]
    public void Td1_identity_card()
    {
        var number = "X4RTBPFW4";
        var l1 = ("IDFRA" + number + Check(number)).PadRight(30, '<');
        var birth = "850615";
        var l2 = birth + Check(birth) + "M" + "310101" + Check("310101") + "FRA" + "<<<<<<<<<<<";
        l2 += Check(l1[5..30] + l2[..7] + l2[8..15] + l2[18..29]);
        var l3 = "MARTIN<<PAUL<ANDRE".PadRight(30, '<');
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite,
            [Page("CARTE NATIONALE D'IDENTITÉ", "Nom : MARTIN", "Prénoms : Paul, André", l1, l2, l3)], []);
        Value(f, "identite.type", "cni");
        Value(f, "identite.nom", "MARTIN");
        Value(f, "identite.prenoms", "Paul André");
        Value(f, "identite.date_naissance", D(1985, 6, 15));
    }

    [Fact]
    public void Old_french_card_2x36()
    {
        var l1 = "IDFRA" + "LEGALL".PadRight(25, '<') + "693041";
        var number = "0906693012345";
        var body = number[..12];
        var given = "YVONNE<<ANNE".PadRight(14, '<');
        var birth = "520229";
        var l2 = body + Check(body) + given + birth + Check(birth) + "F";
        l2 += Check(l1 + l2);
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [Page("CARTE NATIONALE D'IDENTITE N° 090669301234", l1, l2)], []);
        Value(f, "identite.type", "cni");
        Value(f, "identite.nom", "LEGALL");
        Value(f, "identite.prenoms", "YVONNE ANNE");
        Value(f, "identite.date_naissance", D(1952, 2, 29));
    }

    [Fact]
    public void Printed_labels_without_mrz()
    {
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite,
            [Page("TITRE DE SÉJOUR", "Nom", "NGUYEN", "Prénoms", "Thi Lan", "Date de naissance", "03 04 1990", "Né(e) le : 03.04.1990")], []);
        Value(f, "identite.type", "titre_sejour");
        Value(f, "identite.nom", "NGUYEN");
        Value(f, "identite.prenoms", "Thi Lan");
        Value(f, "identite.date_naissance", D(1990, 4, 3));
    }

    private static string[] Td1(string surnameAndGiven, string birth, string noise = "")
    {
        var number = "X4RTBPFW4";
        var l1 = ("IDFRA" + number + Check(number)).PadRight(30, '<');
        var l2 = birth + Check(birth) + "M" + "310101" + Check("310101") + "FRA" + "<<<<<<<<<<<";
        l2 += Check(l1[5..30] + l2[..7] + l2[8..15] + l2[18..29]);
        var l3 = surnameAndGiven.PadRight(30, '<');
        if (noise.Length > 0) l3 = l3[..(30 - noise.Length)] + noise;
        return [l1, l2, l3];
    }

    [Fact]
    public void Junk_after_the_printed_names_is_dropped_when_the_zone_agrees()
    {
        var page = Page(["CARTE NATIONALE D'IDENTITÉ", "Nom : SAINT-MARTIN E", "Prénoms : Rémi, Jean EC", .. Td1("SAINT<MARTIN<<REMI<JEAN", "800712")]);

        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [page], []);

        Value(f, "identite.nom", "SAINT-MARTIN");
        Value(f, "identite.prenoms", "Rémi Jean");
        Assert.True(Field(f, "identite.nom").Confidence >= 0.9);
    }

    [Fact]
    public void Fillers_misread_as_letters_do_not_enter_the_zone_names()
    {
        // no printed zone to lean on: the machine-readable names alone, with fillers read as "ce", "E"
        var page = Page(Td1("HENRY<<MARC<<<<<<<<ce<<<<E", "750203", "E<<<<"));

        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [page], []);

        Value(f, "identite.nom", "HENRY");
        Value(f, "identite.prenoms", "MARC");
        Value(f, "identite.date_naissance", D(1975, 2, 3));
    }

    [Fact]
    public void Printed_names_without_a_zone_lose_their_trailing_junk()
    {
        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite,
            [Page("CARTE NATIONALE D'IDENTITÉ", "Nom : FLEURY CE E", "Prénom(s) : Élodie, Anne |", "Né(e) le : 14.02.1962")], []);

        Value(f, "identite.nom", "FLEURY");
        Value(f, "identite.prenoms", "Élodie Anne");
        Value(f, "identite.date_naissance", D(1962, 2, 14));
    }

    [Fact]
    public void A_printed_name_the_zone_contradicts_is_not_confident()
    {
        var page = Page(["CARTE NATIONALE D'IDENTITÉ | IDENTITY CARD", "Nom : CARD", .. Td1("LEMOINE<<THIERRY", "900925")]);

        var f = new FieldExtractor().Extract(DocumentType.PieceIdentite, [page], []);

        Value(f, "identite.nom", "LEMOINE");
        Assert.True(Field(f, "identite.nom").Confidence < ReviewThresholds.Field);
    }
}
