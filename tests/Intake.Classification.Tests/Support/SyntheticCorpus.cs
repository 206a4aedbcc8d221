using Intake.Classification.Training;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Support;

/// <summary>A synthetic logical document: its type and its pages' text.</summary>
public sealed record SyntheticDocument(string Type, IReadOnlyList<string> Pages);

/// <summary>Synthetic French pages with OCR-like noise, a few templates per type (until the corpus generator exists).</summary>
public static class SyntheticCorpus
{
    public static SyntheticDocument Document(string type, Random random, double noise = 0.02)
    {
        var f = new SyntheticFacts(random);
        string[] pages = type switch
        {
            DocumentType.DemandeIndemnisation => MedicalTemplates.ClaimForm(f),
            DocumentType.RapportExpertise => MedicalTemplates.ExpertReport(f),
            DocumentType.CertificatMedical => MedicalTemplates.Certificate(f),
            DocumentType.DocumentMedical => MedicalTemplates.MedicalRecord(f),
            DocumentType.PieceIdentite => AdministrativeTemplates.Identity(f),
            DocumentType.AttestationSecuriteSociale => AdministrativeTemplates.SocialSecurity(f),
            DocumentType.ArretTravail => AdministrativeTemplates.SickLeave(f),
            DocumentType.ActeDeces => AdministrativeTemplates.Death(f),
            DocumentType.JustificatifLien => AdministrativeTemplates.FamilyLink(f),
            DocumentType.JugementProtection => AdministrativeTemplates.Guardianship(f),
            DocumentType.Courrier => AdministrativeTemplates.Letter(f),
            DocumentType.JustificatifFrais => AdministrativeTemplates.Invoice(f),
            _ => AdministrativeTemplates.Other(f),
        };
        return new SyntheticDocument(type, pages.Select(p => OcrNoise.Apply(p, random, noise)).ToArray());
    }

    /// <summary><paramref name="documentsPerType"/> documents of every type, shuffled, as training pages (with a few blank backs).</summary>
    public static IReadOnlyList<TrainingPage> TrainingPages(int seed, int documentsPerType, double noise = 0.02)
    {
        var random = new Random(seed);
        var documents = DocumentType.All.SelectMany(t => Enumerable.Range(0, documentsPerType).Select(_ => Document(t, random, noise))).ToArray();
        random.Shuffle(documents);
        var pages = new List<TrainingPage>();
        foreach (var doc in documents)
        {
            for (int i = 0; i < doc.Pages.Count; i++)
            {
                double confidence = 0.7 + random.NextDouble() * 0.25;
                pages.Add(new TrainingPage(doc.Pages[i], doc.Type, i == 0, i, doc.Pages.Count, confidence));
                if (random.Next(15) == 0) pages.Add(new TrainingPage("", doc.Type, false, i, doc.Pages.Count, null, IsBlank: true));
            }
        }
        return pages;
    }
}
