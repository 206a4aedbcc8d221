using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;

namespace Intake.Corpus.Content;

/// <summary>Identity cards (TD1 MRZ) and passports (TD3 MRZ).</summary>
public static class IdentityDocuments
{
    public static Document Build(Person p, DossierContext c, bool passport, string? dossierKey)
    {
        var rng = c.Rng;
        string number = $"{rng.Next(10, 99)}{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}{rng.Next(10000, 99999)}";
        var expiry = new DateOnly(2027 + rng.Next(8), rng.Next(1, 13), rng.Next(1, 28));
        var pb = new PageBuilder(passport ? PageFormat.Passport : PageFormat.IdCard);
        pb.Small("RÉPUBLIQUE FRANÇAISE");
        pb.Bold(passport ? "PASSEPORT / PASSPORT" : "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD");
        pb.Small($"Nom / Surname : {p.BirthName}");
        if (p.Surname != p.BirthName) pb.Small($"Nom d'usage : ép. {p.Surname}");
        pb.Small($"Prénoms / Given names : {string.Join(", ", p.FirstNames)}");
        pb.Small($"Sexe : {p.Sex}   Nationalité : FRA");
        pb.Small($"Né(e) le : {FrenchDates.Dots(p.BirthDate)}   à : {p.BirthPlace.ToUpperInvariant()}");
        pb.Small($"N° : {number}   Expire le : {FrenchDates.Dots(expiry)}");
        foreach (var line in passport ? Mrz.Td3(p, number, expiry) : Mrz.Td1(p, number, expiry)) pb.Mrz(line);
        var fields = new Dictionary<string, object>
        {
            ["identite.type"] = passport ? "passeport" : "cni",
            ["identite.nom"] = p.BirthName,
            ["identite.prenoms"] = string.Join(' ', p.FirstNames),
            ["identite.date_naissance"] = p.BirthDate,
        };
        return new Document(DocumentType.PieceIdentite, [pb.Build()], fields) { DossierKey = dossierKey };
    }
}
