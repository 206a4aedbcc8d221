using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Rules;

namespace Intake.Domain.Tests;

/// <summary>Builds rule cases for tests: an empty dossier, or a complete adult-victim dossier to vary from.</summary>
internal sealed class CaseBuilder
{
    private readonly List<CaseDocument> _documents = [];
    private readonly Dictionary<string, Fact> _facts = new(StringComparer.Ordinal);
    private DateOnly _receipt = D("2026-01-05");
    private DateOnly? _today = D("2026-03-01");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Period P(string debut, string fin, int? taux = null) => new(D(debut), D(fin), taux);

    /// <summary>A valid NIR built from its body with the key formula (97 − body mod 97), Corsica 2A/2B read as 19/18.</summary>
    public static string ValidNir(string body13)
    {
        var digits = body13.Substring(5, 2) switch
        {
            "2A" => body13[..5] + "19" + body13[7..],
            "2B" => body13[..5] + "18" + body13[7..],
            _ => body13,
        };
        long key = 97 - long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97;
        return body13 + key.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static CaseBuilder Empty() => new();

    /// <summary>Adult victim filing for herself; every piece and cerfa field present on 2026-01-05; no figures.</summary>
    public static CaseBuilder CompleteAdult()
    {
        var b = new CaseBuilder()
            .Doc(DocumentType.DemandeIndemnisation, "2026-01-05")
            .Doc(DocumentType.PieceIdentite, "2026-01-05")
            .Doc(DocumentType.CertificatMedical, "2026-01-05")
            .Doc(DocumentType.DocumentMedical, "2026-01-05")
            .Fact("victime.nom", "MARTIN")
            .Fact("victime.prenoms", "CLAIRE")
            .Fact("victime.date_naissance", D("1980-04-02"))
            .Fact("victime.adresse", "12 rue des Lilas")
            .Fact("victime.nir", ValidNir("2800475123456"))
            .Fact("victime.caisse", "CPAM de Paris")
            .Fact("demandeur.qualite", "victime")
            .Fact("faits.date_acte", D("2020-06-15"))
            .Fact("faits.etablissement", "CHU de Nantes")
            .Fact("faits.type_dommage", "accident_medical")
            .Fact("faits.description", "Lésion nerveuse lors d'une arthroscopie du genou.")
            .Fact("signature.date", D("2026-01-02"))
            .Fact("signature.presente", true);
        return b;
    }

    public CaseBuilder Receipt(string iso)
    {
        _receipt = D(iso);
        return this;
    }

    public CaseBuilder Today(string? iso)
    {
        _today = iso is null ? null : D(iso);
        return this;
    }

    public CaseBuilder Doc(string type, string received, DocumentSubject about = DocumentSubject.Victime, string? id = null)
    {
        _documents.Add(new CaseDocument(type, D(received), about, id));
        return this;
    }

    public CaseBuilder WithoutDoc(string type)
    {
        _documents.RemoveAll(d => d.Type == type);
        return this;
    }

    public CaseBuilder Fact(string key, object value, Provenance? provenance = null, bool lowConfidence = false)
    {
        _facts[key] = new Fact(key, value, provenance) { LowConfidence = lowConfidence };
        return this;
    }

    public CaseBuilder Without(string key)
    {
        _facts.Remove(key);
        return this;
    }

    public RuleCase Build() => new(_receipt, _today, _documents.ToList(), new FactSet(_facts.Values));

    public Decision Decide() => new RulesEngine().Decide(Build());
}
