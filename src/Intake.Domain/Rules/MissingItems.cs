using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>
/// The names a completeness item may have (docs/rules.md, "Completeness"): a document-type code, one of the two
/// items below, or a field key of the claim form; with the French label a reviewer reads.
/// </summary>
public static class MissingItems
{
    /// <summary>The filer's own identity paper (filer other than the victim).</summary>
    public const string FilerIdentity = "piece_identite_demandeur";

    /// <summary>The victim's social-security fund: named on the form or shown by a rights certificate (R-TP-CAISSE).</summary>
    public const string CaisseAffiliation = "caisse_affiliation";

    /// <summary>A form not read as signed (no mark found, or not known): blocking.</summary>
    public const string Signature = "signature.presente";

    /// <summary>Neither an establishment nor a professional is named on the form: to request.</summary>
    public const string EstablishmentOrProfessional = "faits.etablissement";

    /// <summary>Cerfa fields whose absence is blocking (definition 13).</summary>
    public static readonly IReadOnlyList<string> BlockingFormFields =
        ["victime.nom", "victime.prenoms", "victime.date_naissance", "faits.date_acte", "signature.date"];

    /// <summary>Cerfa fields whose absence is to be requested (definition 13).</summary>
    public static readonly IReadOnlyList<string> FormFieldsToRequest =
        ["victime.adresse", "victime.nir", "faits.type_dommage", "faits.description"];

    /// <summary>The pieces the completeness check may ask for (document-type codes).</summary>
    public static readonly IReadOnlyList<string> Pieces =
    [
        DocumentType.DemandeIndemnisation, DocumentType.PieceIdentite, DocumentType.CertificatMedical, DocumentType.DocumentMedical,
        DocumentType.ArretTravail, DocumentType.ActeDeces, DocumentType.JustificatifLien, DocumentType.JugementProtection,
    ];

    /// <summary>Every item the completeness check can report.</summary>
    public static IEnumerable<string> Possible =>
        Pieces.Concat(Own.Keys).Append(Signature).Concat(BlockingFormFields).Concat(FormFieldsToRequest).Append(EstablishmentOrProfessional);

    /// <summary>The items that are neither a document type nor a field key, with their French labels.</summary>
    public static readonly IReadOnlyDictionary<string, string> Own = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FilerIdentity] = "Pièce d'identité du demandeur",
        [CaisseAffiliation] = "Caisse d'affiliation",
    };

    /// <summary>True when the item names a document type, one of <see cref="Own"/>, or a field key.</summary>
    public static bool IsKnown(string item) => DocumentType.IsKnown(item) || Own.ContainsKey(item) || FactCatalog.IsKnown(item);

    /// <summary>The French label of an item.</summary>
    public static string Label(string item) =>
        Own.TryGetValue(item, out var own) ? own : DocumentType.IsKnown(item) ? DocumentType.Label(item) : FactCatalog.Label(item);
}
