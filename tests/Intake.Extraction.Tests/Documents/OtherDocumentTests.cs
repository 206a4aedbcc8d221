using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Documents;

public class OtherDocumentTests
{
    private static IReadOnlyList<ExtractedField> Run(string type, params string[] lines)
    {
        var page = new PageBuilder(3, source: TextSource.Ocr);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(type, [page.Build()], []);
    }

    [Fact]
    public void Social_security_attestation()
    {
        var nir = NirFixture.With("1850775123042");
        var f = Run(DocumentType.AttestationSecuriteSociale,
            "Attestation de droits à l'assurance maladie", "Nom : MARTIN", "Prénom : Paul",
            "Numéro de sécurité sociale : " + NirFixture.Spaced(nir), "Organisme de rattachement : CPAM de Loire-Atlantique");
        Value(f, "victime.nir", nir);
        Value(f, "victime.caisse", "CPAM de Loire-Atlantique");
        Value(f, "victime.nom", "MARTIN");
        Assert.Equal(3, Field(f, "victime.nir").Page);
    }

    [Fact]
    public void A_nir_with_a_wrong_key_is_kept_with_low_confidence()
    {
        var nir = NirFixture.With("1850775123042");
        var wrong = nir[..13] + (nir[13..] == "01" ? "02" : "01");
        var f = Run(DocumentType.AttestationSecuriteSociale, "Assuré : M. Paul MARTIN", "N° : " + wrong, "CPAM DE PARIS");
        Value(f, "victime.nir", wrong);
        Assert.True(Field(f, "victime.nir").Confidence < ReviewThresholds.Field);
        Value(f, "victime.caisse", "CPAM DE PARIS");
        Value(f, "victime.nom", "MARTIN");
    }

    [Fact]
    public void Sick_leave_notice()
    {
        var f = Run(DocumentType.ArretTravail, "AVIS D'ARRÊT DE TRAVAIL", "Nom de l'assuré : BERNARD",
            "Arrêt de travail du 01/03/2021 au 15/04/2021", "Prolongation : du 16 avril 2021 jusqu'au 31 mai 2021");
        Periods(f, "arret.periodes", new Period(D(2021, 3, 1), D(2021, 4, 15)), new Period(D(2021, 4, 16), D(2021, 5, 31)));
        Value(f, "victime.nom", "BERNARD");
    }

    [Fact]
    public void Death_certificate()
    {
        var f = Run(DocumentType.ActeDeces, "ACTE DE DÉCÈS", "Le 3 février 2022 à 14 heures 10",
            "est décédé à Lyon, Jean Pierre DUPONT, né le 12/03/1950 à Paris,", "Date du décès : 03/02/2022");
        Value(f, "deces.date", D(2022, 2, 3));
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jean Pierre");
    }

    [Theory]
    [InlineData("curatelle renforcée", "curatelle")]
    [InlineData("tutelle", "tutelle")]
    public void Guardianship_judgment(string measure, string expected)
    {
        var f = Run(DocumentType.JugementProtection, "TRIBUNAL JUDICIAIRE DE NANTES", "Juge des contentieux de la protection",
            "Jugement du 10 janvier 2023", $"Place Madame Lucie GIRARD, née le 02/02/1940, sous {measure}.",
            "Désigne en qualité de tuteur Monsieur Marc GIRARD, demeurant à Nantes.");
        Value(f, "protection.mesure", expected);
        Value(f, "protection.date", D(2023, 1, 10));
        Value(f, "protection.protecteur_nom", "Marc GIRARD");
        Value(f, "victime.protegee", true);
        Value(f, "victime.nom", "GIRARD");
        Value(f, "victime.date_naissance", D(1940, 2, 2));
    }

    [Fact]
    public void Medical_certificate()
    {
        var f = Run(DocumentType.CertificatMedical, "CERTIFICAT MÉDICAL", "Je soussignée, Docteur Anne LEROY, certifie avoir examiné",
            "Madame Jeanne DUPONT qui présente une paralysie du nerf sciatique.", "Fait à Lyon, le 5 mai 2021");
        Value(f, "certificat.date", D(2021, 5, 5));
        Value(f, "certificat.medecin", "Anne LEROY");
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne");
    }

    [Fact]
    public void A_certificate_is_dated_by_its_signature_line_not_by_a_sentence_wrapped_before_a_date()
    {
        var f = Run(DocumentType.CertificatMedical, "Docteur Jean-Paul NKODO", "CERTIFICAT DESCRIPTIF DES LÉSIONS",
            "Le patient rapporte des troubles apparus après sa prise en charge pour pose d'un cathéter",
            "veineux central le 22/05/2023.", "Les lésions décrites sont compatibles avec les faits allégués.",
            "Roanne, le 25 décembre 2025", "Dr Jean-Paul NKODO");
        Value(f, "certificat.date", D(2025, 12, 25));
        var dated = Run(DocumentType.CertificatMedical, "Docteur Maëlle MARCHAL", "Brive-la-Gaillarde, le 09/12/2025",
            "Certificat médical", "Je soussignée, Docteur Maëlle MARCHAL, certifie avoir examiné ce jour Madame Nathalie",
            "DUPUIS, née le 08/07/1952, qui présente les suites d'une prothèse de hanche.");
        Value(dated, "certificat.date", D(2025, 12, 9));
    }

    [Fact]
    public void Medical_certificate_with_the_patient_name_wrapped_over_two_lines()
    {
        var f = Run(DocumentType.CertificatMedical, "CERTIFICAT MÉDICAL",
            "Je soussigné(e), Docteur Élodie RENARD, certifie avoir examiné ce jour Madame Marie Sandrine",
            "LEMOINE, née le 28/04/1970.", "Fait à Dijon, le 13.11.2025");
        Value(f, "victime.nom", "LEMOINE");
        Value(f, "victime.prenoms", "Marie Sandrine");
        Value(f, "victime.date_naissance", D(1970, 4, 28));
    }

    [Fact]
    public void A_name_does_not_run_into_the_next_line_when_it_already_has_its_family_name()
    {
        var f = Run(DocumentType.CertificatMedical, "CERTIFICAT MÉDICAL",
            "Je soussigné, Docteur Paul MARTIN, certifie avoir examiné Madame Jeanne DUPONT",
            "CONSULTATION DU 3 MARS 2024", "Fait à Lyon, le 5 mai 2024");
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne");
    }

    [Fact]
    public void Cover_letter_from_a_lawyer()
    {
        var f = Run(DocumentType.Courrier, "Maître Paul LEGRAND", "Avocat au barreau de Lyon", "Lyon, le 12 janvier 2026",
            "Objet : dossier CCI-2025-000042 - Madame Jeanne DUPONT", "Madame, Monsieur,",
            "Veuillez trouver ci-joint les pièces complémentaires.", "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
            "Paul LEGRAND");
        Value(f, "courrier.date", D(2026, 1, 12));
        Value(f, "courrier.expediteur", "Paul LEGRAND");
        Value(f, "courrier.numero_dossier", "CCI-2025-000042");
        Value(f, "victime.nom", "DUPONT");
        Absent(f, "assurance.refus");
    }

    [Theory]
    [InlineData("Le Dr ROUX n'était pas assuré à la date des faits.", "assurance.absente")]
    [InlineData("Nous ne pouvons donner suite à votre demande et opposons un refus.", "assurance.refus")]
    [InlineData("Le contrat avait été résilié au 31/12/2019 (article L251-2).", "assurance.couverture_expiree")]
    [InlineData("Le montant réclamé dépasse le plafond de garantie.", "assurance.plafond_depasse")]
    public void Insurer_answers(string sentence, string key)
    {
        var f = Run(DocumentType.Courrier, "AXA France", "Paris, le 3 mars 2026", sentence, "Cordialement,", "Service sinistres");
        Value(f, key, true);
    }

    [Fact]
    public void Any_document_gives_the_victim_identity_when_printed()
    {
        var f = Run(DocumentType.DocumentMedical, "COMPTE RENDU OPÉRATOIRE", "Patient : M. Paul MARTIN", "Né le 15/06/1985");
        Value(f, "victime.nom", "MARTIN");
        Value(f, "victime.prenoms", "Paul");
        Value(f, "victime.date_naissance", D(1985, 6, 15));
    }

    [Fact]
    public void Extraction_is_deterministic_and_unknown_types_do_not_throw()
    {
        var a = Run("inconnu", "Madame Jeanne DUPONT, née le 12/03/1970");
        var b = Run("inconnu", "Madame Jeanne DUPONT, née le 12/03/1970");
        Assert.Equal(a, b);
        Assert.Empty(Run(DocumentType.Autre));
    }
}
