using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Admin;

/// <summary>
/// Guardianship court orders (jugement_protection): the judgment opening the measure, an extract of the court's
/// minutes, and a renewal judgment, each in the wording of a different registry. Truth: the measure (tutelle or
/// curatelle), the date of the decision, the protector's name as printed, the protected person's name.
/// </summary>
internal static class CourtOrders
{
    private static Document Make(DossierContext c, string template, List<Page> pages, string mesure, DateOnly date, string protector) =>
        new(DocumentType.JugementProtection, pages, new Dictionary<string, object>
        {
            ["protection.mesure"] = mesure, ["protection.date"] = date, ["protection.protecteur_nom"] = protector, ["victime.nom"] = c.Victim.Surname,
        }) { DossierKey = c.Key, Template = "jugement_protection/" + template };

    private static (string Mesure, string Printed, string Role) Measure(DossierContext c)
    {
        bool curatelle = c.Scenario.Qualite == "curateur";
        return curatelle
            ? ("curatelle", c.Pick("curatelle", "curatelle renforcée", "curatelle simple"), "curateur")
            : ("tutelle", "tutelle", "tuteur");
    }

    private static string Protector(Person t, Random rng) => rng.Next(3) switch
    {
        0 => $"{t.FirstName} {t.Surname}",
        1 => $"{t.Surname} {t.FirstName}",
        _ => $"{t.FirstName} {t.Surname.ToUpperInvariant()}",
    };

    private static string Reference(Random rng) => $"RG n° {rng.Next(15, 25)}/{rng.Next(100, 9999):0000} — N° Portalis {rng.Next(10, 99)}{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}-W-B7{(char)('A' + rng.Next(26))}-{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}{rng.Next(1000, 9999)}";

    public static Document Opening(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var t = c.Claimant;
        var (mesure, printed, role) = Measure(c);
        string city = c.Factory.Pick(FrenchData.CourtCities);
        string judge = c.Factory.DoctorName();
        string protector = Protector(t, rng);
        var head = Letterheads.Court(rng, city);
        head.Add(Small(Reference(rng)));
        head.Add(Small($"Minute n° {rng.Next(100, 2999)}/{date.Year % 100}"));
        head.Add(Gap());
        head.Add(Title(c.Pick($"JUGEMENT D'OUVERTURE D'UNE MESURE DE {printed.ToUpperInvariant()}", "JUGEMENT", $"JUGEMENT DE MISE SOUS {printed.ToUpperInvariant()}")));
        head.Add(Centered($"{c.Pick("Rendu le", "Prononcé le", "Audience du")} {FrenchDates.Long(date)}"));
        head.Add(Gap());
        List<IReadOnlyList<Line>> blocks =
        [
            [Text($"Nous, {judge}, juge des contentieux de la protection au tribunal judiciaire de {city}, assisté(e) de {c.Factory.DoctorName()}, greffier,")],
            [Heading(c.Pick("PERSONNE À PROTÉGER", "Concernant")), Bold($"{v.Civility} {v.FirstNamesText} {v.Surname}"),
                Text($"{Born(v)} le {FrenchDates.Slash(v.BirthDate)} à {v.BirthPlace}, demeurant {v.Street}, {v.PostCode} {v.Commune}.")],
            [Text("Vu les articles 415 et suivants, 425 et suivants du code civil ;"),
                Text("Vu les articles 1217 et suivants du code de procédure civile ;"),
                Text($"Vu la requête présentée le {FrenchDates.Slash(date.AddMonths(-3 - rng.Next(4)))} par {c.Pick("le procureur de la République", "un membre de la famille", "la personne elle-même")} ;"),
                Text($"Vu le certificat médical circonstancié établi par le Docteur {c.Factory.DoctorName()}, médecin inscrit sur la liste établie par le procureur de la République ;"),
                Text("Vu l'audition de la personne à protéger et les observations recueillies ;")],
            [Heading(c.Pick("MOTIFS", "EXPOSÉ DES MOTIFS")),
                Text("Il résulte des pièces du dossier et notamment du certificat médical que l'altération des facultés mentales de l'intéressé(e) l'empêche de pourvoir seul(e) à ses intérêts."),
                Text(mesure == "tutelle"
                    ? "Une mesure de représentation continue dans les actes de la vie civile est nécessaire, aucune mesure moins contraignante ne suffisant."
                    : "Une mesure d'assistance et de contrôle dans les actes importants de la vie civile est nécessaire et suffisante.")],
            [Heading("PAR CES MOTIFS"),
                Text($"Statuant publiquement, {c.Pick("en premier ressort", "par décision susceptible d'appel")},"),
                Text($"{c.Pick("Plaçons", "Ordonnons le placement de", "Prononçons le placement sous " + printed + " de")} {v.Civility} {v.FirstName} {v.Surname} {(c.Chance(0.5) ? $"sous {printed}" : "sous le régime de la " + printed)} pour une durée de {c.Pick("60", "120", "36")} mois ;"),
                Text($"Désignons en qualité de {role} :"),
                Bold(protector),
                Text($"demeurant {t.Street}, {t.PostCode} {t.Commune}{(c.FilerLink is { } link ? ", " + link : "")} ;"),
                Text("Disons que la présente décision sera notifiée et mentionnée en marge de l'acte de naissance de la personne protégée ;"),
                Text("Laissons les dépens à la charge du Trésor public.")],
            [Gap(), Text($"Fait en notre cabinet, le {FrenchDates.Long(date)}."), new Line([new Span("Le greffier"), new Span("Le juge", SpanStyle.Normal, 0.6)]),
                Signature(0.6)],
        ];
        var flow = new PageFlow(k => k == 0 ? head : [Small($"Tribunal judiciaire de {city} — {Reference(new Random(date.DayNumber))}"), Gap()],
            (k, n) => [Centered($"Page {k + 1} / {n}", LineKind.Small)]);
        return Make(c, "jugement-ouverture", flow.Pour(blocks), mesure, date, protector);
    }

    public static Document MinutesExtract(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var t = c.Claimant;
        var (mesure, printed, role) = Measure(c);
        string city = c.Factory.Pick(FrenchData.CourtCities);
        string protector = Protector(t, rng);
        var pb = new PageBuilder();
        pb.Centered("RÉPUBLIQUE FRANÇAISE — AU NOM DU PEUPLE FRANÇAIS", LineKind.Small);
        pb.Title(c.Pick("EXTRAIT DES MINUTES DU GREFFE", "Extrait des minutes"));
        pb.Centered($"du tribunal judiciaire de {city} — service des tutelles", LineKind.Small);
        pb.Small(Reference(rng));
        pb.Gap();
        pb.Text($"Par {c.Pick("jugement", "décision")} en date du {FrenchDates.Any(date, rng)}, le juge des contentieux de la protection du tribunal judiciaire de {city} a :");
        pb.Text($"– placé sous {printed} {v.Civility} {v.FirstNamesText} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)} à {v.BirthPlace} ;");
        pb.Text($"– désigné en qualité de {role} : {protector}, demeurant {t.Street}, {t.PostCode} {t.Commune} ;");
        pb.Text($"– fixé la durée de la mesure à {c.Pick("cinq ans", "dix ans", "soixante mois")}.");
        pb.Gap();
        pb.Text("Pour extrait certifié conforme à la minute.");
        pb.Add(Right($"{city.Substring(0, 1)}{city.Substring(1).ToLowerInvariant()}, le {FrenchDates.Slash(date.AddDays(5 + rng.Next(40)))}"));
        pb.Add(Right("Le greffier"));
        pb.Add(Signature(0.6));
        return Make(c, "extrait-minutes", [PageFlow.Checked(pb.Build())], mesure, date, protector);
    }

    public static Document Renewal(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var t = c.Claimant;
        var (mesure, printed, role) = Measure(c);
        string city = c.Factory.Pick(FrenchData.CourtCities);
        string protector = Protector(t, rng);
        var pb = new PageBuilder();
        foreach (var l in Letterheads.Court(rng, city)) pb.Add(l);
        pb.Small(Reference(rng));
        pb.Gap();
        pb.Title(c.Pick("JUGEMENT DE RENOUVELLEMENT", $"Renouvellement de la mesure de {printed}"));
        pb.Centered($"{FrenchDates.Long(date)}");
        pb.Gap();
        pb.Text($"Le juge des contentieux de la protection, vu le jugement d'ouverture du {FrenchDates.Slash(date.AddYears(-5))}, vu le certificat médical et l'avis du {role},");
        pb.Text($"RENOUVELLE la mesure de {printed} dont bénéficie {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}, pour une durée de {c.Pick("120", "60")} mois ;");
        pb.Text($"MAINTIENT {protector} en qualité de {role} ;");
        pb.Text("DIT que le mandataire rendra compte annuellement de sa gestion.");
        pb.Gap();
        pb.Text($"Ainsi jugé le {FrenchDates.Slash(date)}.");
        pb.Add(Signature(0.6, "Le juge"));
        return Make(c, "renouvellement", [PageFlow.Checked(pb.Build())], mesure, date, protector);
    }
}
