using Intake.Domain.Fields;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Dossiers;

namespace Intake.Pipeline.Tests.Support;

/// <summary>People and identities for attachment tests: documents as the extractor would read them.</summary>
public static class Who
{
    public static readonly Actor Secretary = new("sophie", StaffRoles.Secretariat);
    public static readonly Actor Reviewer = new("remi", StaffRoles.Reviewer);
    public static readonly Actor Manager = new("maud", StaffRoles.Manager);
    public static readonly Actor Admin = new("alain", StaffRoles.Admin);
    public static readonly IReadOnlyList<Actor> Everyone = [Secretary, Reviewer, Manager, Admin];

    /// <summary>Fields of a document naming a victim (any of the arguments may be left out).</summary>
    public static IReadOnlyList<ExtractedField> Fields(string? name = null, string? first = null, DateOnly? birth = null,
        string? nir = null, string? fileNumber = null, DateOnly? act = null)
    {
        var fields = new List<ExtractedField>();
        void Add(string key, object? value) { if (value is not null) fields.Add(new ExtractedField(key, value, 0.95, 1, null)); }
        Add("victime.nom", name);
        Add("victime.prenoms", first);
        Add("victime.date_naissance", birth);
        Add("victime.nir", nir);
        Add("courrier.numero_dossier", fileNumber);
        Add("faits.date_acte", act);
        return fields;
    }

    public static DocumentIdentity Identity(string? name = null, string? first = null, DateOnly? birth = null, string? nir = null, string? fileNumber = null) =>
        DocumentIdentity.From(Fields(name, first, birth, nir, fileNumber));

    /// <summary>A valid NIR (key computed) from 13 digits.</summary>
    public static string Nir(string body13) =>
        body13 + Intake.Domain.Identity.Nir.ComputeKey(body13)!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
