using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Admin;

/// <summary>
/// Civil-status papers from a town hall: death acts (extract, full copy, multilingual extract) and birth acts, and the
/// family record book. Acts write dates in words as often as in figures.
/// </summary>
internal static class CivilStatus
{
    private static Document Death(DossierContext c, string template, List<Page> pages, string firstNames) =>
        new(DocumentType.ActeDeces, pages, new Dictionary<string, object>
        {
            ["deces.date"] = c.Scenario.DeathDate!.Value, ["victime.nom"] = c.Victim.Surname, ["victime.prenoms"] = firstNames,
        }) { DossierKey = c.Key, Template = "acte_deces/" + template };

    private static string ActDate(DateOnly d, Random rng) => rng.Next(3) == 0 ? FrenchDates.Long(d) : FrenchNumbers.Date(d);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A parent of a person, invented for the act (only the full copy names them).</summary>
    private static (string Father, string Mother) Parents(DossierContext c, Person p)
    {
        var f = c.Factory;
        string father = $"{f.Pick(FrenchData.MaleFirstNames)} {p.BirthName}";
        string mother = $"{f.Pick(FrenchData.FemaleFirstNames)} {f.Pick(FrenchData.Surnames)}";
        return (father, mother);
    }

    public static Document DeathExtract(DossierContext c)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var death = c.Scenario.DeathDate!.Value;
        string place = c.Establishment.Commune;
        var pb = new PageBuilder();
        foreach (var l in Letterheads.Mairie(rng, place)) pb.Add(l);
        pb.Gap();
        pb.Title(c.Pick("EXTRAIT D'ACTE DE DÉCÈS", "Extrait d'acte de décès", "ACTE DE DÉCÈS — EXTRAIT"));
        pb.Centered($"N° {rng.Next(1, 2400)} — année {death.Year}", LineKind.Small);
        pb.Gap();
        pb.Text($"Le {ActDate(death, rng)}{(rng.Next(2) == 0 ? $", à {FrenchNumbers.Time(rng.Next(0, 24), rng.Next(0, 4) * 15)}" : "")}, est décédé{E(v)} à {place} ({c.Establishment.PostCode[..2]}), {c.Establishment.Name} :");
        pb.Gap();
        pb.Add(Bold($"{v.Surname} {v.FirstNamesText}"));
        if (v.Surname != v.BirthName) pb.Text($"{Born(v)} {v.BirthName}");
        pb.Text($"{Capital(Born(v))} le {ActDate(v.BirthDate, rng)} à {v.BirthPlace}.");
        pb.Text($"Domicilié{E(v)} : {v.Street}, {v.PostCode} {v.Commune}.");
        pb.Text(c.Pick("Marié(e).", "Célibataire.", "Veuf/veuve.", "Divorcé(e)."));
        pb.Gap();
        pb.Text($"Extrait délivré le {FrenchDates.Slash(death.AddDays(3 + rng.Next(40)))}.");
        pb.Add(Right("L'officier de l'état civil"));
        pb.Add(Signature(0.6));
        pb.Small("Extrait délivré conformément à l'article 30 du décret n° 2017-890 du 6 mai 2017.");
        return Death(c, "extrait", [PageFlow.Checked(pb.Build())], v.FirstNamesText);
    }

    public static Document DeathFullCopy(DossierContext c)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var death = c.Scenario.DeathDate!.Value;
        var drawn = death.AddDays(1 + rng.Next(3));
        string place = c.Establishment.Commune;
        var (father, mother) = Parents(c, v);
        var declarant = c.Claimant;
        var lines = Letterheads.Mairie(rng, place);
        lines.Add(Gap());
        lines.Add(Title(c.Pick("COPIE INTÉGRALE D'ACTE DE DÉCÈS", "Acte de décès — copie intégrale")));
        lines.Add(Centered($"Acte n° {rng.Next(1, 2400)}", LineKind.Small));
        lines.Add(Gap());
        string word = FrenchNumbers.Date(death);
        var body = new List<Line>
        {
            Text($"Le {word}, {FrenchNumbers.Time(rng.Next(0, 24), rng.Next(0, 4) * 15)}, est décédé{E(v)}, {c.Establishment.Name}, {place} ({c.Establishment.PostCode[..2]}) :"),
            Bold($"{v.FirstNamesText} {v.Surname}"),
            Text($"{Born(v)} à {v.BirthPlace}, le {FrenchNumbers.Date(v.BirthDate)},"),
            Text($"{(v.Sex == "F" ? "fille" : "fils")} de {father} et de {mother}, {c.Pick("son épouse", "tous deux décédés", "sans autre indication")},"),
            Text($"domicilié{E(v)} {v.Street}, {v.PostCode} {v.Commune}."),
            Text(v.Sex == "F" && v.Surname != v.BirthName ? $"Mariée à {c.Factory.Pick(FrenchData.MaleFirstNames)} {v.Surname}." : c.Pick("Célibataire.", "Divorcé(e).", "Veuf/veuve.")),
            Gap(),
            Text($"Dressé le {FrenchNumbers.Date(drawn)}, {FrenchNumbers.Time(rng.Next(9, 17), rng.Next(0, 4) * 15)}, sur la déclaration de {declarant.FirstName} {declarant.Surname}, {declarant.AgeOn(drawn)} ans, domicilié{E(declarant)} à {declarant.Commune}, {c.FilerLink ?? "proche"} {(v.Sex == "F" ? "de la défunte" : "du défunt")}, qui, lecture faite et invité{E(declarant)} à lire l'acte, a signé avec Nous, {c.Factory.DoctorName()}, officier de l'état civil, {c.Pick("adjoint au maire", "conseiller municipal délégué")}.")
            ,
            Gap(),
            Small("Mentions marginales : néant."),
            Gap(),
            Text($"Pour copie conforme, {place}, le {FrenchDates.Slash(drawn.AddDays(2 + rng.Next(30)))}."),
            Right("L'officier de l'état civil"),
            Signature(0.6),
        };
        lines.AddRange(body);
        return Death(c, "copie-integrale", [PageFlow.Checked(new Page(lines))], v.FirstNamesText);
    }

    /// <summary>The multilingual extract (Vienna convention): numbered boxes, dates in figures.</summary>
    public static Document DeathMultilingual(DossierContext c)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var death = c.Scenario.DeathDate!.Value;
        var pb = new PageBuilder();
        pb.Centered("RÉPUBLIQUE FRANÇAISE", LineKind.Small);
        pb.Title("EXTRAIT PLURILINGUE D'ACTE DE DÉCÈS");
        pb.Centered("Extract from a death record — Auszug aus dem Sterbeeintrag", LineKind.Small);
        pb.Gap();
        double col = 0.42;
        pb.Add(Pair("1  État / Country", "FRANCE", col));
        pb.Add(Pair("2  Lieu d'établissement", $"{c.Establishment.Commune} ({c.Establishment.PostCode[..2]})", col));
        pb.Add(Pair("3  Date du décès / Date of death", FrenchDates.Dots(death), col, SpanStyle.Bold));
        pb.Add(Pair("4  Lieu du décès / Place of death", c.Establishment.Commune, col));
        pb.Add(Pair("5  Nom / Surname", v.Surname, col, SpanStyle.Bold));
        pb.Add(Pair("6  Prénoms / Forenames", v.FirstNamesText, col, SpanStyle.Bold));
        pb.Add(Pair("7  Sexe / Sex", v.Sex, col));
        pb.Add(Pair("8  Date de naissance / Date of birth", FrenchDates.Dots(v.BirthDate), col));
        pb.Add(Pair("9  Lieu de naissance / Place of birth", v.BirthPlace, col));
        pb.Add(Pair("10  Dernier domicile / Last address", $"{v.PostCode} {v.Commune}", col));
        pb.Gap();
        pb.Add(Pair("Date de délivrance", FrenchDates.Dots(death.AddDays(5 + rng.Next(60))), col));
        pb.Add(Pair("Signature, sceau / Signature, seal", "", col));
        pb.Add(Signature(0.45));
        pb.Small("Codes : F = féminin / female ; M = masculin / male.");
        return Death(c, "extrait-plurilingue", [PageFlow.Checked(pb.Build())], v.FirstNamesText);
    }

    /// <summary>A family-link paper; its truth is the victim's name and first names as that paper prints them.</summary>
    internal static Document Link(DossierContext c, string template, List<Page> pages, string surname, string firstNames) =>
        new(DocumentType.JustificatifLien, pages, new Dictionary<string, object>
        {
            ["victime.nom"] = surname, ["victime.prenoms"] = firstNames,
        }) { DossierKey = c.Key, Template = "justificatif_lien/" + template };

    /// <summary>
    /// The family record book: the parents' page, then the child's page. For a minor victim the child is the victim; for
    /// a deceased victim, the victim is the parent and the heir the child.
    /// </summary>
    public static Document FamilyBook(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var f = c.Claimant;
        bool victimIsChild = c.Scenario.Situation == Scenarios.VictimSituation.Minor;
        var parent = victimIsChild ? f : v;
        var child = victimIsChild ? v : f;
        var spouse = $"{c.Factory.Pick(parent.Sex == "F" ? FrenchData.MaleFirstNames : FrenchData.FemaleFirstNames)} {(parent.Sex == "F" ? child.BirthName : c.Factory.Pick(FrenchData.Surnames))}";
        var marriage = new DateOnly(child.BirthDate.Year - 1 - rng.Next(6), rng.Next(1, 13), rng.Next(1, 28));
        string mairie = $"Mairie de {parent.Commune}";
        var p1 = new PageBuilder();
        p1.Centered("RÉPUBLIQUE FRANÇAISE", LineKind.Small);
        p1.Title("LIVRET DE FAMILLE");
        p1.Gap();
        p1.Heading(c.Pick("Extrait de l'acte de mariage", "ÉPOUX"));
        p1.Text($"Le {FrenchDates.Long(marriage)}, à {parent.Commune}, ont contracté mariage :");
        var parentFirst = victimIsChild ? parent.FirstName : parent.FirstNamesText;
        string husband = parent.Sex == "M" ? $"{parentFirst} {parent.BirthName}" : spouse;
        string wife = parent.Sex == "F" ? $"{parentFirst} {parent.BirthName}" : spouse;
        p1.Add(Pair("Époux :", husband, 0.22, SpanStyle.Bold));
        p1.Add(Pair("Épouse :", wife, 0.22, SpanStyle.Bold));
        if (!victimIsChild) p1.Text($"{(parent.Sex == "M" ? "Époux" : "Épouse")} {Born(parent)} le {FrenchDates.Slash(parent.BirthDate)} à {parent.BirthPlace}.");
        p1.Gap();
        p1.Small($"Délivré par l'officier de l'état civil — {mairie}");
        var p2 = new PageBuilder();
        p2.Heading(c.Pick("Enfants", "ENFANTS NÉS DU MARIAGE"));
        p2.Add(Pair("Premier enfant", "", 0.5));
        p2.Add(Pair("Nom :", child.BirthName, 0.22, SpanStyle.Bold));
        string childFirst = victimIsChild ? child.FirstNamesText : child.FirstName;
        p2.Add(Pair("Prénoms :", childFirst, 0.22, SpanStyle.Bold));
        p2.Text($"{Capital(Born(child))} le {FrenchDates.Long(child.BirthDate)} à {child.BirthPlace}.");
        if (!victimIsChild && c.Scenario.DeathDate is { } death)
            p2.Small($"Mention : {(parent.Sex == "F" ? "l'épouse" : "l'époux")} est décédé{E(parent)} le {FrenchDates.Slash(death)} à {c.Establishment.Commune}.");
        p2.Gap();
        p2.Small($"Copie certifiée conforme le {FrenchDates.Slash(date)}");
        p2.Add(Signature(0.55));
        List<Page> pages = rng.Next(2) == 0 ? [PageFlow.Checked(p1.Build()), PageFlow.Checked(p2.Build())]
            : [PageFlow.Checked(new Page([.. p1.Build().Lines, Gap(), .. p2.Build().Lines]))];
        // Victim's names as printed: the child's line (minor) or the parent's line (deceased).
        return Link(c, "livret-famille", pages, victimIsChild ? child.BirthName : parent.BirthName, victimIsChild ? childFirst : parentFirst);
    }

    /// <summary>A birth act (full copy or extract with filiation): the victim's own act, or the heir's showing the victim as parent.</summary>
    public static Document BirthAct(DossierContext c, DateOnly date, bool fullCopy)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var f = c.Claimant;
        bool victimIsChild = c.Scenario.Situation == Scenarios.VictimSituation.Minor;
        var child = victimIsChild ? v : f;
        var parent = victimIsChild ? f : v;
        string other = $"{c.Factory.Pick(parent.Sex == "F" ? FrenchData.MaleFirstNames : FrenchData.FemaleFirstNames)} {(parent.Sex == "F" ? child.BirthName : c.Factory.Pick(FrenchData.Surnames))}";
        string parentFirst = victimIsChild ? parent.FirstName : parent.FirstNamesText;
        var lines = Letterheads.Mairie(rng, child.BirthPlace.Contains('(') ? "Nantes" : child.BirthPlace);
        lines.Add(Gap());
        lines.Add(Title(fullCopy ? c.Pick("COPIE INTÉGRALE D'ACTE DE NAISSANCE", "Acte de naissance — copie intégrale")
            : c.Pick("EXTRAIT D'ACTE DE NAISSANCE AVEC FILIATION", "Extrait d'acte de naissance")));
        if (child.BirthPlace.Contains('(')) lines.Add(Centered("Service central d'état civil", LineKind.Small));
        lines.Add(Centered($"N° {rng.Next(1, 3000)}", LineKind.Small));
        lines.Add(Gap());
        string childFirst = victimIsChild ? child.FirstNamesText : child.FirstName;
        string born = fullCopy ? FrenchNumbers.Date(child.BirthDate) : FrenchDates.Long(child.BirthDate);
        lines.Add(Text($"Le {born}{(fullCopy ? ", " + FrenchNumbers.Time(rng.Next(0, 24), rng.Next(0, 4) * 15) : "")}, est {Born(child)} à {child.BirthPlace} :"));
        lines.Add(Bold($"{childFirst} {child.BirthName}"));
        lines.Add(Text($"de sexe {(child.Sex == "F" ? "féminin" : "masculin")},"));
        string parentLine = parent.Sex == "F"
            ? $"{(child.Sex == "F" ? "fille" : "fils")} de {other} et de {parentFirst} {parent.BirthName}"
            : $"{(child.Sex == "F" ? "fille" : "fils")} de {parentFirst} {parent.BirthName} et de {other}";
        lines.Add(Text(parentLine + (fullCopy ? $", {Born(parent)} le {FrenchDates.Slash(parent.BirthDate)} à {parent.BirthPlace}." : ".")));
        if (fullCopy)
        {
            lines.Add(Text($"Dressé le {FrenchNumbers.Date(child.BirthDate.AddDays(1 + rng.Next(3)))} sur la déclaration du père, qui, lecture faite, a signé avec Nous, officier de l'état civil."));
            lines.Add(Gap());
            lines.Add(Small(c.Pick("Mentions marginales : néant.", "Mentions marginales : néant à ce jour.")));
        }
        lines.Add(Gap());
        lines.Add(Text($"{(fullCopy ? "Copie" : "Extrait")} délivré{(fullCopy ? "e" : "")} le {FrenchDates.Slash(date)}."));
        lines.Add(Right("L'officier de l'état civil"));
        lines.Add(Signature(0.6));
        return Link(c, fullCopy ? "acte-naissance-copie" : "acte-naissance-extrait", [PageFlow.Checked(new Page(lines))],
            victimIsChild ? child.BirthName : parent.BirthName, victimIsChild ? childFirst : parentFirst);
    }
}
