using Intake.Domain.Identity;
using Intake.Domain.Parsing;

namespace Intake.Pipeline.Attachment;

/// <summary>
/// A dossier that may be the one a document belongs to, as stored (keys are <see cref="DocumentIdentity.NameKey"/>
/// forms; <paramref name="FirstNames"/> the victim's first names as the dossier's facts hold them).
/// </summary>
public sealed record DossierCandidate(long Id, string Number, string[] NameKeys, string? FirstKey, DateOnly? BirthDate, string? Nir, string? FirstNames = null)
{
    /// <summary>The filer's family-name keys (who files for the victim: parent, guardian, heir), from the dossier's facts.</summary>
    public string[] FilerNameKeys { get; init; } = [];

    /// <summary>The filer's first first-name key.</summary>
    public string? FilerFirstKey { get; init; }
}

/// <summary>Which step of the cascade attached a document, or why none did.</summary>
public enum MatchRule { FileNumber, Nir, NameAndBirthDate, CloseNameConfirmed, NameAlone, Filer, Ambiguous, NoMatch }

/// <summary>The dossier a document goes to (null: unattached), the step that decided, and the French reason shown to the staff.</summary>
public sealed record AttachmentMatch(long? DossierId, MatchRule Rule, string Reason);

/// <summary>
/// The attachment cascade of document-types.md ("Attaching mail to dossiers") over a complete list of
/// candidates: CCI file number → NIR → name + birth date → name read with an OCR slip but confirmed by an
/// exact birth date → name alone → the filer's name and first name (papers about the person who files). Each step attaches only when it designates exactly one dossier; two
/// or more is ambiguous and the document stays unattached for a person to file. It never guesses:
/// <list type="bullet">
/// <item>a dossier whose known birth date or NIR differs from the document's is another person, and so is one
/// whose first names share none with the document's (a first name may be any of a person's first names — the
/// usual one is not always the first — and OCR may split or join them, "JÉRÔ ME" is "Jérôme", or slip one letter
/// in a long one, "DANIEN" is "Damien"); birth dates and NIRs read with little confidence are no keys
/// (<see cref="DocumentIdentity.From"/>);</item>
/// <item>by name alone, a document with a first name matches only dossiers holding that very first name — a
/// dossier without a first name matches none, and its presence makes the name ambiguous;</item>
/// <item>an OCR slip in the family name (<see cref="NameKeyTolerance"/>) is tolerated only when an exact
/// birth date confirms it (a NIR decides by itself), never by the name alone.</item>
/// </list>
/// Pure: the caller loads the candidates (<see cref="DossierAttacher"/>).
/// </summary>
public static class DossierMatcher
{
    public static AttachmentMatch Match(DocumentIdentity id, IReadOnlyList<DossierCandidate> candidates)
    {
        if (id.FileNumber is not null && candidates.FirstOrDefault(c => c.Number == id.FileNumber) is { } byNumber)
        {
            if (id.Nir is not null && byNumber.Nir is not null && byNumber.Nir != id.Nir)
                return Unattached(MatchRule.Ambiguous, "Le numéro de dossier cité et le numéro de sécurité sociale désignent des victimes différentes : rattachement à faire à la main.");
            return new(byNumber.Id, MatchRule.FileNumber, "Numéro de dossier CCI cité sur le document.");
        }
        if (id.Nir is not null)
        {
            var byNir = candidates.Where(c => c.Nir == id.Nir).ToList();
            if (byNir.Count == 1) return new(byNir[0].Id, MatchRule.Nir, "Même numéro de sécurité sociale que la victime du dossier.");
            if (byNir.Count > 1) return Unattached(MatchRule.Ambiguous, "Plusieurs dossiers ont ce numéro de sécurité sociale : rattachement à faire à la main.");
        }
        if (id.NameKeys.Count == 0)
            return Unattached(MatchRule.NoMatch, id.IsEmpty
                ? "Aucun numéro de dossier, numéro de sécurité sociale ni nom lisible sur le document."
                : "Aucun dossier ne correspond à ce document.");

        var samePerson = candidates.Where(c => !Contradicts(c, id)).ToList();
        if (id.BirthDate is not null)
        {
            var byNameBirth = samePerson.Where(c => SameName(c, id) && c.BirthDate == id.BirthDate).ToList();
            if (byNameBirth.Count == 1) return new(byNameBirth[0].Id, MatchRule.NameAndBirthDate, "Même nom et même date de naissance que la victime du dossier.");
            if (byNameBirth.Count > 1) return Unattached(MatchRule.Ambiguous, "Plusieurs dossiers correspondent à ce nom et cette date de naissance : rattachement à faire à la main.");
        }
        if (id.BirthDate is not null)
        {
            // (A NIR needs no name: the NIR step above has already decided when a dossier holds it.)
            var confirmed = samePerson.Where(c => CloseName(c, id) && c.BirthDate == id.BirthDate).ToList();
            if (confirmed.Count == 1)
                return new(confirmed[0].Id, MatchRule.CloseNameConfirmed, "Nom très proche (erreur de lecture probable) et même date de naissance que la victime du dossier.");
            if (confirmed.Count > 1) return Unattached(MatchRule.Ambiguous, "Plusieurs dossiers ont un nom proche et la même date de naissance : rattachement à faire à la main.");
        }

        var byName = samePerson.Where(c => SameName(c, id)).ToList();
        if (id.FirstNameKey is not null)
        {
            var docFirst = FirstKeys(id.FirstNames, id.FirstNameKey);
            var withFirst = byName.Where(c => FirstNamesMatch(FirstKeys(c.FirstNames, c.FirstKey), docFirst)).ToList();
            var unknownFirst = byName.Count(c => FirstKeys(c.FirstNames, c.FirstKey).Count == 0);
            if (withFirst.Count == 1 && unknownFirst == 0)
                return new(withFirst[0].Id, MatchRule.NameAlone, FirstKeys(withFirst[0].FirstNames, withFirst[0].FirstKey).Intersect(docFirst).Any()
                    ? "Même nom et même prénom que la victime du dossier (seul dossier à ce nom et ce prénom)."
                    : "Même nom et prénom très proche (erreur de lecture probable) que la victime du dossier (seul dossier à ce nom et ce prénom).");
            if (withFirst.Count + unknownFirst > 0)
                return Unattached(MatchRule.Ambiguous, withFirst.Count > 1
                    ? "Plusieurs dossiers portent ce nom et ce prénom : rattachement à faire à la main."
                    : "Un dossier porte ce nom sans prénom connu : rattachement à faire à la main.");
        }
        else
        {
            if (byName.Count == 1) return new(byName[0].Id, MatchRule.NameAlone, "Même nom que la victime du dossier (seul dossier à ce nom).");
            if (byName.Count > 1) return Unattached(MatchRule.Ambiguous, "Plusieurs dossiers portent ce nom : rattachement à faire à la main.");
        }
        return ByFiler(id, candidates) ?? Unattached(MatchRule.NoMatch, "Aucun dossier ne correspond à ce document.");
    }

    /// <summary>
    /// The envelope: papers sent together belong together. A document the cascade could not place because nothing
    /// designates a dossier (not because several do) follows the dossier every matched document of its envelope went
    /// to, when that dossier is among its candidates — it shares a family name (the victim's or the filer's), a birth
    /// date or a NIR with it. This files the papers that name the victim's relatives rather than the victim (a family
    /// record book names both parents, a guardianship judgment the guardian and the judge) without sending a letter
    /// about somebody else's family to a dossier on the strength of an envelope alone.
    /// </summary>
    /// <param name="match">The cascade's answer for the document.</param>
    /// <param name="sharing">The dossiers sharing a key with the document (<see cref="DossierAttacher.CandidatesAsync"/>).</param>
    /// <param name="envelopeDossier">The one dossier the envelope's matched documents went to; null when none or several.</param>
    public static long? FollowsEnvelope(AttachmentMatch match, IReadOnlyCollection<long> sharing, long? envelopeDossier) =>
        match.Rule == MatchRule.NoMatch && envelopeDossier is long d && sharing.Contains(d) ? d : null;

    /// <summary>
    /// Last step: papers about the filer (their identity card, a letter they signed, the judgment naming them
    /// guardian) name the filer, not the victim. Such a document goes to the one dossier whose filer has that family
    /// name and that very first name; none or several, and it stays unattached.
    /// </summary>
    private static AttachmentMatch? ByFiler(DocumentIdentity id, IReadOnlyList<DossierCandidate> candidates)
    {
        if (id.FirstNameKey is null) return null;
        var docFirst = FirstKeys(id.FirstNames, id.FirstNameKey);
        var byFiler = candidates.Where(c => c.FilerFirstKey is { } f && docFirst.Contains(f) && c.FilerNameKeys.Any(id.NameKeys.Contains)).ToList();
        if (byFiler.Count == 1)
            return new(byFiler[0].Id, MatchRule.Filer, "Même nom et même prénom que le demandeur du dossier (pièce au nom du demandeur).");
        if (byFiler.Count > 1)
            return Unattached(MatchRule.Ambiguous, "Plusieurs dossiers ont un demandeur de ce nom et de ce prénom : rattachement à faire à la main.");
        return null;
    }

    /// <summary>Known facts that tell two people apart: first names with none in common, a different birth date or NIR.</summary>
    public static bool Contradicts(DossierCandidate c, DocumentIdentity id) =>
        !FirstNamesMayAgree(FirstKeys(id.FirstNames, id.FirstNameKey), FirstKeys(c.FirstNames, c.FirstKey))
        || (id.BirthDate is not null && c.BirthDate is not null && c.BirthDate != id.BirthDate)
        || (id.Nir is not null && c.Nir is not null && c.Nir != id.Nir);

    /// <summary>Every first name as a key; the stored first key alone when the first names are not known.</summary>
    public static IReadOnlyList<string> FirstKeys(string? firstNames, string? firstKey)
    {
        var keys = firstNames is null ? [] : PersonName.FirstNameKeys(firstNames).ToList();
        if (firstKey is { Length: > 1 } && !keys.Contains(firstKey)) keys.Insert(0, firstKey);
        return keys;
    }

    /// <summary>
    /// First names that may be one person's: unknown on either side, or one name in common, or the same letters
    /// once the spaces OCR inserted or dropped are ignored (one list joined is the start of the other).
    /// </summary>
    public static bool FirstNamesMayAgree(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0 || FirstNamesMatch(a, b)) return true;
        string ja = string.Concat(a), jb = string.Concat(b);
        return ja.StartsWith(jb, StringComparison.Ordinal) || jb.StartsWith(ja, StringComparison.Ordinal);
    }

    /// <summary>
    /// One first name in common, read exactly or with one OCR slip in a long name (<see cref="NameKeyTolerance"/>:
    /// "DAMIEN" read "DANIEN"); short names must be exact ("MARIE" is not "MARIO").
    /// </summary>
    public static bool FirstNamesMatch(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Any(y => NameKeyTolerance.AreClose(x, y)));

    private static bool SameName(DossierCandidate c, DocumentIdentity id) => c.NameKeys.Any(id.NameKeys.Contains);

    private static bool CloseName(DossierCandidate c, DocumentIdentity id) =>
        c.NameKeys.Any(n => id.NameKeys.Any(k => NameKeyTolerance.AreClose(n, k)));

    private static AttachmentMatch Unattached(MatchRule rule, string reason) => new(null, rule, reason);
}
