using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Admin;

/// <summary>
/// Social-security papers (attestation_securite_sociale): a fund's certificate of rights (general scheme, MSA, special
/// schemes) and the certificate that goes with the carte Vitale. Truth: NIR, the fund as printed on its "organisme"
/// line, the insured person's name.
/// </summary>
internal static class SocialSecurity
{
    private static Document Make(DossierContext c, string template, Page page) =>
        new(DocumentType.AttestationSecuriteSociale, [PageFlow.Checked(page)], new Dictionary<string, object>
        {
            ["victime.nir"] = c.Victim.Nir, ["victime.caisse"] = c.Caisse, ["victime.nom"] = c.Victim.Surname,
        }) { DossierKey = c.Key, Template = "attestation_securite_sociale/" + template };

    public static bool IsMsa(string caisse) => caisse.StartsWith("MSA", StringComparison.Ordinal);
    public static bool IsSpecial(string caisse) => !IsMsa(caisse) && !caisse.StartsWith("CPAM", StringComparison.Ordinal);

    private static (DateOnly From, DateOnly To) Rights(DateOnly date, Random rng) => rng.Next(2) == 0
        ? (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31))
        : (date.AddMonths(-rng.Next(1, 10)), date.AddMonths(12).AddDays(-1));

    public static Document RightsCertificate(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var pb = new PageBuilder();
        foreach (var l in Letterheads.Caisse(rng, c.Caisse, v.Commune, v.PostCode)) pb.Add(l);
        pb.Gap();
        foreach (var l in new[] { $"{v.Civility} {v.FirstName} {v.Surname}", v.Street, $"{v.PostCode} {v.Commune}" }) pb.Add(Right(l));
        pb.Gap();
        pb.Title(c.Pick("Attestation de droits à l'assurance maladie", "ATTESTATION DE DROITS", "Attestation d'affiliation et de droits"), centered: rng.Next(2) == 0);
        pb.Text($"{c.Pick("Délivrée le", "Date d'édition :", "Le")} {FrenchDates.Any(date, rng)}");
        pb.Gap();
        var (from, to) = Rights(date, rng);
        double col = 0.4;
        pb.Add(Pair("Assuré(e) :", $"{v.Surname} {v.FirstNamesText}", col, SpanStyle.Bold));
        pb.Add(Pair("Numéro de sécurité sociale :", NirCode.Spaced(v.Nir), col));
        pb.Add(Pair("Date de naissance :", FrenchDates.Slash(v.BirthDate), col));
        pb.Add(Pair(c.Pick("Organisme de rattachement :", "Caisse d'affiliation :", "Organisme :"), c.Caisse, col));
        pb.Add(Pair("Régime :", c.Pick("Régime général", "Régime général — salarié"), col));
        pb.Add(Pair("Droits ouverts :", $"du {FrenchDates.Slash(from)} au {FrenchDates.Slash(to)}", col));
        if (rng.Next(2) == 0) pb.Add(Pair("Médecin traitant déclaré :", $"Dr {c.FamilyDoctor}", col));
        if (rng.Next(2) == 0) pb.Add(Pair("Complémentaire santé solidaire :", "non", col));
        pb.Gap();
        pb.Small("Cette attestation ne vaut pas carte Vitale. Conservez-la, elle peut vous être demandée.");
        if (rng.Next(2) == 0) pb.Small("Vous pouvez obtenir à tout moment une attestation sur votre compte en ligne.");
        return Make(c, "droits", pb.Build());
    }

    public static Document Msa(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Add(Bold(c.Pick("MSA", "Mutualité sociale agricole"), LineKind.Heading));
        pb.Add(Text(c.Caisse));
        pb.Small($"{rng.Next(1, 40)} {c.Factory.Pick(FrenchData.Streets)} — {v.PostCode[..2]}0{rng.Next(10, 99)} {v.Commune.ToUpperInvariant()} CEDEX");
        pb.Gap();
        pb.Title(c.Pick("ATTESTATION D'AFFILIATION", "Attestation de droits — assurance maladie des salariés agricoles", "ATTESTATION DE DROITS MALADIE"));
        pb.Gap();
        pb.Text($"La {c.Caisse} certifie que :");
        pb.Add(Bold($"{v.Civility} {v.FirstNamesText} {v.Surname}"));
        pb.Text($"{Born(v)} le {FrenchDates.Long(v.BirthDate)}, numéro d'immatriculation {NirCode.Spaced(v.Nir)},");
        var (from, to) = Rights(date, rng);
        pb.Text($"est affilié{E(v)} au régime agricole en qualité de {c.Pick("salarié(e) agricole", "non-salarié(e) agricole", "ayant droit")} et bénéficie des prestations de l'assurance maladie du {FrenchDates.Slash(from)} au {FrenchDates.Slash(to)}.");
        pb.Gap();
        pb.Add(Pair("Caisse :", c.Caisse, 0.3));
        pb.Add(Pair("Fait le :", FrenchDates.Slash(date), 0.3));
        pb.Gap();
        pb.Add(Right("Le directeur"));
        return Make(c, "droits-msa", pb.Build());
    }

    /// <summary>The certificate sent with the carte Vitale: a table of beneficiaries with their rights.</summary>
    public static Document VitaleCertificate(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Add(new Line([new Span(IsMsa(c.Caisse) ? "MSA" : "l'Assurance Maladie", SpanStyle.Bold), new Span("ATTESTATION", SpanStyle.Bold, 0.62)], LineKind.Heading));
        pb.Add(Right("à présenter avec votre carte Vitale", 0.62, LineKind.Small));
        pb.Gap();
        pb.Title(c.Pick("Attestation de droits", "ATTESTATION VITALE", "Attestation de carte Vitale"), centered: false);
        pb.Gap();
        double[] cols = [0, 0.42, 0.7];
        pb.Add(Row(["Identification de l'assuré", "", ""], cols, bold: true));
        pb.Add(Pair("Nom, prénom :", $"{v.Surname} {v.FirstName}", 0.3));
        pb.Add(Pair("N° d'identification :", NirCode.Spaced(v.Nir), 0.3));
        pb.Add(Pair("Organisme :", c.Caisse, 0.3));
        pb.Add(Pair("Code organisme :", $"01 {v.PostCode[..2]}{rng.Next(1, 9)} {rng.Next(1000, 9999)}", 0.3));
        pb.Gap();
        pb.Add(Row(["Bénéficiaire", "Né(e) le", "Fin de droits"], cols, bold: true));
        pb.Add(Row([$"{v.Surname} {v.FirstName}", FrenchDates.Slash(v.BirthDate), FrenchDates.Slash(date.AddMonths(12 + rng.Next(12)))], cols));
        if (rng.Next(2) == 0) pb.Add(Row(["Exonération", "", c.Pick("sans", "ALD")], cols));
        pb.Gap();
        pb.Small($"Édition du {FrenchDates.Slash(date)}. Cette attestation ne vaut pas carte Vitale.");
        return Make(c, "carte-vitale", pb.Build());
    }

    /// <summary>Special schemes (military, civil servants' section): a letter-like certificate.</summary>
    public static Document SpecialScheme(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Add(Bold(c.Caisse, LineKind.Heading));
        pb.Small($"Service des prestations — {rng.Next(1, 40)} {c.Factory.Pick(FrenchData.Streets)}, {v.PostCode} {v.Commune}");
        pb.Gap();
        pb.Title("ATTESTATION D'AFFILIATION");
        pb.Gap();
        pb.Text($"Nous certifions que {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)},");
        pb.Text($"numéro de sécurité sociale {NirCode.Spaced(v.Nir)}, est affilié{E(v)} à notre organisme pour le risque maladie depuis le {FrenchDates.Slash(date.AddYears(-rng.Next(2, 20)))}.");
        pb.Add(Pair("Organisme gestionnaire :", c.Caisse, 0.36));
        pb.Gap();
        pb.Text($"Fait à {v.Commune}, le {FrenchDates.Long(date)}.");
        pb.Add(Right("Le chef du service des prestations"));
        return Make(c, "regime-special", pb.Build());
    }
}
