using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Documents;

/// <summary>
/// The victim's name found in prose: before "née le" / "décédé(e) le", wrapped over two lines after a civility,
/// or alone on a line of a medical record (prescription).
/// </summary>
public class NamesInProseTests
{
    private static IReadOnlyList<ExtractedField> Run(string type, params string[] lines)
    {
        var page = new PageBuilder(1, source: TextSource.Ocr);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(type, [page.Build()], []);
    }

    [Fact]
    public void Death_certificate_with_the_name_on_its_own_line()
    {
        var f = Run(DocumentType.ActeDeces, "ACTE DE DÉCÈS", "Le 12 mars 2024, est décédée à Lyon :", "VIDAL Monique Zoé",
            "née le 3 avril 1950 à Gap, domiciliée 4 rue des Lilas, 05000 Gap.");
        Value(f, "victime.nom", "VIDAL");
        Value(f, "victime.prenoms", "Monique Zoé");
        Value(f, "victime.date_naissance", D(1950, 4, 3));
        Value(f, "deces.date", D(2024, 3, 12));
    }

    [Fact]
    public void Name_before_born_in_a_guardianship_judgment()
    {
        var f = Run(DocumentType.JugementProtection, "TRIBUNAL JUDICIAIRE DE GAP", "Jugement du 10 janvier 2023",
            "Concernant Monique Zoé VIDAL, né(e) le 08/03/1966.", "Ordonne une mesure de curatelle renforcée.");
        Value(f, "victime.nom", "VIDAL");
        Value(f, "victime.prenoms", "Monique Zoé");
        Value(f, "victime.date_naissance", D(1966, 3, 8));
        Value(f, "protection.mesure", "curatelle");
    }

    [Fact]
    public void Name_before_deceased_in_a_proof_of_kinship()
    {
        var f = Run(DocumentType.JustificatifLien, "ACTE DE NOTORIÉTÉ",
            "Par devant Maître Jean ROCHE, notaire à Gap, il est constaté que Monique Zoé VIDAL, décédé(e) le 12/03/2024, laisse",
            "pour lui succéder son fils Marc VIDAL.");
        Value(f, "victime.nom", "VIDAL");
        Value(f, "victime.prenoms", "Monique Zoé");
    }

    [Fact]
    public void Certificate_patient_first_names_wrapped_before_the_last_first_name()
    {
        var f = Run(DocumentType.CertificatMedical, "CERTIFICAT MÉDICAL",
            "Je soussigné, Docteur Anne LEROY, certifie avoir examiné ce jour Monsieur Jérôme David",
            "Philippe PAYET, né le 12/03/1960.", "Il présente une raideur de l'épaule droite.", "Fait à Lyon, le 5 mai 2021");
        Value(f, "victime.nom", "PAYET");
        Value(f, "victime.prenoms", "Jérôme David Philippe");
        Value(f, "victime.date_naissance", D(1960, 3, 12));
        Value(f, "certificat.medecin", "Anne LEROY");
    }

    private static readonly string[] Prescription =
    [
        "Centre hospitalier de Carpentras", "ORDONNANCE", "Le 30/04/2022", "VIDAL Monique",
        "1) Paracétamol 1 g : 1 comprimé 3 fois par jour pendant 5 jours", "Dr Élodie DUPONT, chirurgien-dentiste",
    ];

    [Fact]
    public void Prescription_patient_alone_on_a_line()
    {
        var f = Run(DocumentType.DocumentMedical, Prescription);
        Value(f, "victime.nom", "VIDAL");
        Value(f, "victime.prenoms", "Monique");
    }

    [Fact]
    public void A_doctor_line_above_the_patient_is_not_the_patient()
    {
        var f = Run(DocumentType.DocumentMedical, "Dr Élodie DUPONT", "Chirurgien-dentiste", "Le 30/04/2022", "VIDAL Monique",
            "1) Paracétamol 1 g");
        Value(f, "victime.nom", "VIDAL");
        Value(f, "victime.prenoms", "Monique");
    }

    [Theory]
    [InlineData(DocumentType.Autre)]
    [InlineData(DocumentType.JustificatifFrais)]
    public void A_lone_name_is_read_only_on_medical_records(string type) =>
        Absent(Run(type, Prescription), "victime.nom");

    [Fact]
    public void A_hospital_header_is_not_a_name()
    {
        var f = Run(DocumentType.DocumentMedical, "CHU Grenoble Alpes", "COMPTE RENDU DE CONSULTATION", "Le 12/05/2023",
            "Examen clinique sans particularité.");
        Absent(f, "victime.nom");
        Absent(f, "victime.prenoms");
    }
}
