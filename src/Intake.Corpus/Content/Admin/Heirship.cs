using Intake.Corpus.Model;
using Intake.Corpus.People;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Admin;

/// <summary>Proofs of heirship for a deceased victim: the notary's deed (acte de notoriété) and the heirs' sworn statement.</summary>
internal static class Heirship
{
    public static Document NotaryDeed(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var f = c.Claimant;
        var death = c.Scenario.DeathDate!.Value;
        string office = c.Factory.Pick(FrenchData.Notaries);
        string notary = c.Factory.DoctorName();
        var head = new List<Line>
        {
            Bold(office),
            Small($"{rng.Next(1, 60)} {c.Factory.Pick(FrenchData.Streets)} — {f.PostCode} {f.Commune}"),
            Small($"Tél. {Phone(rng)} — office.{PersonFactory.Ascii(f.Commune)}@notaires.fr"),
            Gap(),
            Title(c.Pick("ACTE DE NOTORIÉTÉ", "Acte de notoriété", "NOTORIÉTÉ APRÈS DÉCÈS")),
            Centered($"Dossier n° {rng.Next(100, 999)}{rng.Next(1000, 9999)} — {c.Pick("Succession", "SUCCESSION")} {v.Surname}", LineKind.Small),
            Gap(),
        };
        List<IReadOnlyList<Line>> blocks =
        [
            [Text($"L'AN {FrenchNumbers.Words(date.Year).ToUpperInvariant()},"), Text($"LE {FrenchNumbers.Date(date).ToUpperInvariant()},"),
                Text($"À {f.Commune.ToUpperInvariant()}, en l'office notarial,")],
            [Text($"Maître {notary}, notaire {c.Pick("associé", "soussigné")}, membre de la société « {office} »,"), Text("A reçu le présent acte à la requête de :")],
            [Bold($"{f.Civility} {f.FirstNamesText} {f.Surname}"), Text($"demeurant {f.Street}, {f.PostCode} {f.Commune}, {Born(f)} le {FrenchDates.Slash(f.BirthDate)} à {f.BirthPlace}.")],
            [Heading(c.Pick("IDENTIFICATION DU DÉFUNT", "DÉFUNT")),
                Text($"{v.Civility} {v.FirstNamesText} {v.Surname}, en son vivant {c.Pick("retraité(e)", "employé(e)", "sans profession")}, demeurant à {v.Commune} ({v.PostCode}), {v.Street},"),
                Text($"{Born(v)} à {v.BirthPlace} le {FrenchDates.Long(v.BirthDate)},"),
                Text($"décédé{E(v)} à {c.Establishment.Commune} le {FrenchDates.Long(death)}.")],
            [Heading(c.Pick("DÉVOLUTION SUCCESSORALE", "HÉRITIERS")),
                Text($"Le défunt laisse pour recueillir sa succession, en l'absence de conjoint survivant et de disposition testamentaire :"),
                Text($"– {f.FirstNamesText} {f.Surname}, son {c.FilerLink}, {c.Pick("héritier(ère) pour le tout", "pour moitié, en concours avec les autres enfants")}.")],
        ];
        foreach (var s in new[]
        {
            "Les comparants attestent que le défunt n'a fait aucune donation entre vifs ni disposition à cause de mort.",
            "Le notaire a consulté le fichier central des dispositions de dernières volontés, qui ne révèle aucune disposition.",
            "Les requérants déclarent accepter la succession à concurrence de l'actif net.",
            "Le présent acte a été dressé sur la foi des déclarations des comparants et des pièces produites.",
        }.Take(1 + rng.Next(4))) blocks.Add([Text(s)]);
        blocks.Add([Gap(), Text("DONT ACTE sur deux pages."), Text("Fait et passé aux lieu et date ci-dessus."), Text("Après lecture faite, les parties ont signé avec le notaire."),
            Signature(0.55), Right($"Maître {notary}")]);
        var flow = new PageFlow(k => k == 0 ? head : [Small($"Acte de notoriété — succession {v.Surname} — suite"), Gap()], (k, n) => [Centered($"{k + 1}/{n}", LineKind.Small)]);
        return CivilStatus.Link(c, "acte-notoriete", flow.Pour(blocks), v.Surname, v.FirstNamesText);
    }

    public static Document HeirsStatement(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var f = c.Claimant;
        var death = c.Scenario.DeathDate!.Value;
        var pb = new PageBuilder();
        pb.Text($"{f.FirstName} {f.Surname}");
        pb.Text(f.Street);
        pb.Text($"{f.PostCode} {f.Commune}");
        pb.Gap();
        pb.Title(c.Pick("ATTESTATION SUR L'HONNEUR", "Attestation de qualité d'héritier", "ATTESTATION DES HÉRITIERS"));
        pb.Gap();
        pb.Text($"Je soussigné{E(f)}, {f.FirstNamesText} {f.Surname}, {Born(f)} le {FrenchDates.Slash(f.BirthDate)} à {f.BirthPlace},");
        pb.Text($"atteste sur l'honneur être {(f.Sex == "F" ? "la fille" : "le fils")} et héritier{(f.Sex == "F" ? "e" : "")} de :");
        pb.Add(Bold($"{v.FirstNamesText} {v.Surname}"));
        pb.Text($"{Born(v)} le {FrenchDates.Slash(v.BirthDate)}, décédé{E(v)} le {FrenchDates.Slash(death)} à {c.Establishment.Commune}.");
        pb.Text("J'atteste qu'il n'existe ni testament, ni contrat de mariage, ni autre héritier que ceux mentionnés, et qu'aucun litige n'est en cours.");
        pb.Text("Je joins la copie intégrale de l'acte de décès, mon acte de naissance et le livret de famille du défunt.");
        pb.Gap();
        pb.Text($"Fait à {f.Commune}, le {FrenchDates.Long(date)}");
        pb.Add(Signature(0.55, "Signature :"));
        pb.Small("Article 441-7 du code pénal : l'établissement d'une attestation faisant état de faits matériellement inexacts est puni d'un an d'emprisonnement.");
        return CivilStatus.Link(c, "attestation-heritiers", [PageFlow.Checked(pb.Build())], v.Surname, v.FirstNamesText);
    }
}
