using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>
/// Completeness (docs/rules.md, "Completeness" and definition 13): required pieces by situation, the cerfa's required fields
/// (checked once a claim form is held), each with its severity. Every missing piece is blocking.
/// </summary>
internal static class Completeness
{
    private static IReadOnlyList<string> BlockingFields => MissingItems.BlockingFormFields;

    private static IReadOnlyList<string> FieldsToRequest => MissingItems.FormFieldsToRequest;

    public const string FilerIdentity = MissingItems.FilerIdentity;
    public const string CaisseAffiliation = MissingItems.CaisseAffiliation;

    /// <summary>The missing items, sorted by item (ordinal), each once.</summary>
    public static IReadOnlyList<MissingItem> Missing(RuleContext ctx)
    {
        var items = new List<MissingItem>();
        void Piece(string item, bool held)
        {
            if (!held) items.Add(new MissingItem(item, Outcomes.Blocking));
        }

        // Always required.
        Piece(DocumentType.DemandeIndemnisation, ctx.ClaimFormHeld);
        Piece(DocumentType.PieceIdentite, ctx.Holds(DocumentType.PieceIdentite, DocumentSubject.Victime));
        Piece(DocumentType.CertificatMedical, ctx.Holds(DocumentType.CertificatMedical));
        Piece(DocumentType.DocumentMedical, ctx.Holds(DocumentType.DocumentMedical));
        Piece(CaisseAffiliation, ThirdPartyPayerRule.CaisseKnown(ctx));

        // The cerfa's own fields, once a claim form is held.
        var facts = ctx.Facts;
        if (ctx.ClaimFormHeld)
        {
            if (!facts.IsTrue(MissingItems.Signature)) items.Add(new MissingItem(MissingItems.Signature, Outcomes.Blocking));
            items.AddRange(BlockingFields.Where(k => !facts.Has(k)).Select(k => new MissingItem(k, Outcomes.Blocking)));
            items.AddRange(FieldsToRequest.Where(k => !facts.Has(k)).Select(k => new MissingItem(k, Outcomes.ToRequest)));
            if (!facts.Has("faits.etablissement") && !facts.Has("faits.professionnel"))
                items.Add(new MissingItem(MissingItems.EstablishmentOrProfessional, Outcomes.ToRequest));
        }

        // Filer other than the victim: own identity and proof of capacity.
        string qualite = ctx.Qualite;
        if (qualite != "victime")
        {
            Piece(FilerIdentity, ctx.Holds(DocumentType.PieceIdentite, DocumentSubject.Demandeur));
            if (qualite == "representant_legal" && ctx.IsMinor == true)
                Piece(DocumentType.JustificatifLien, ctx.Holds(DocumentType.JustificatifLien));
            if (qualite is "tuteur" or "curateur")
                Piece(DocumentType.JugementProtection, ctx.Holds(DocumentType.JugementProtection));
            if (ctx.IsDeceased)
            {
                Piece(DocumentType.ActeDeces, ctx.Holds(DocumentType.ActeDeces));
                Piece(DocumentType.JustificatifLien, ctx.Holds(DocumentType.JustificatifLien));
            }
        }

        // Damage claimed through work stoppage.
        if (facts.IsTrue("prejudice.arret_travail")) Piece(DocumentType.ArretTravail, ctx.Holds(DocumentType.ArretTravail));

        return items.DistinctBy(i => i.Item).OrderBy(i => i.Item, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Def. 14: replays the documents by receipt date; the first day (on or after the claim form's) on which nothing
    /// blocking is missing, counting every document received up to that day. A fact counts from its document's
    /// receipt when its provenance names one, otherwise from the claim form's receipt.
    /// </summary>
    public static DateOnly? CompleteDate(RuleContext ctx)
    {
        var formDay = ctx.Documents.Where(d => d.Type == DocumentType.DemandeIndemnisation).Select(d => (DateOnly?)d.Received).Min();
        if (formDay is not { } first) return null;
        var receivedById = ctx.Documents.Where(d => d.Id is not null).GroupBy(d => d.Id!).ToDictionary(g => g.Key, g => g.Min(d => d.Received));
        DateOnly KnownFrom(Fact f) =>
            f.Provenance?.DocumentId is { } id && receivedById.TryGetValue(id, out var received) ? received : first;

        foreach (var day in ctx.Documents.Select(d => d.Received).Where(d => d >= first).Distinct().Order())
        {
            if (!Missing(ctx.AsOf(day, KnownFrom)).Any(m => m.IsBlocking)) return day;
        }
        return null;
    }

    public static void Record(RuleContext ctx, IReadOnlyList<MissingItem> missing, DateOnly? completeDate, RuleRun run)
    {
        var blocking = missing.Where(m => m.IsBlocking).Select(m => m.Item).ToList();
        var toRequest = missing.Where(m => !m.IsBlocking).Select(m => m.Item).ToList();
        string explanation = blocking.Count == 0
            ? $"Aucune pièce ni mention bloquante ne manque{(completeDate is { } d ? $" : dossier complet depuis le {Precedence.Fr(d)}" : "")}{(toRequest.Count > 0 ? $" ; à demander : {string.Join(", ", toRequest)}" : "")}."
            : $"Dossier incomplet : manquent {string.Join(", ", blocking)}{(toRequest.Count > 0 ? $" ; à demander aussi : {string.Join(", ", toRequest)}" : "")}.";
        run.Record(RuleCatalog.Completeness,
            blocking.Count == 0 ? RuleOutcome.Met : RuleOutcome.NotMet, explanation,
            RuleRun.Derived("demandeur.qualite", ctx.Qualite),
            RuleRun.Derived("documents", string.Join(", ", ctx.Documents.Select(d => d.Type).Distinct().Order(StringComparer.Ordinal))),
            ctx.Qualite == "victime" ? null : RuleRun.Derived("pieces_identite_demandeur",
                ctx.Documents.Count(d => d.Type == DocumentType.PieceIdentite && d.About == DocumentSubject.Demandeur)));
    }
}
