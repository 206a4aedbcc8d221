using Intake.Corpus.Model;
using Intake.Domain.Documents;

namespace Intake.Corpus.Content;

/// <summary>The cerfa n°12245*03 claim form as a document.</summary>
public static class ClaimForm
{
    /// <summary>
    /// Builds the filled form in the given edition. Hand = hand-printed capitals (scans); typed otherwise. The
    /// document's pages include the edition's notice, checklist and blank-lines pages.
    /// </summary>
    public static Document Build(DossierContext c, ClaimFormEdition edition, bool hand, DateOnly signedOn)
    {
        var sections = ClaimFormItems.Build(c, hand, signedOn);
        var pages = ClaimFormPages.Render(sections, edition, hand);
        return new Document(DocumentType.DemandeIndemnisation, pages, ClaimFormItems.Truth(sections)) { DossierKey = c.Key };
    }
}
