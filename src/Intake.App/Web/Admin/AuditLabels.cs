using System.Text.Json;
using Intake.App.Web.Review;

namespace Intake.App.Web.Admin;

/// <summary>
/// The audit journal in French: what each action code means, what each target is, and an entry's detail (JSON) as
/// "label : value" pairs (field keys by their catalogue label, NIRs masked).
/// </summary>
public static class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["login"] = "Connexion",
        ["login_failed"] = "Connexion refusée",
        ["set_password"] = "Mot de passe choisi",
        ["reset_password"] = "Mot de passe réinitialisé",
        ["issue_password_link"] = "Lien de mot de passe émis",
        ["create_user"] = "Compte créé",
        ["change_role"] = "Rôle modifié",
        ["disable_user"] = "Compte désactivé",
        ["enable_user"] = "Compte réactivé",
        ["view_dossier"] = "Dossier consulté",
        ["view_dossier_page"] = "Page d'un dossier consultée",
        ["view_file"] = "Fichier consulté",
        ["view_page"] = "Texte d'une page consulté",
        ["view_page_image"] = "Image d'une page consultée",
        ["search_dossier"] = "Recherche de dossier",
        ["download_file"] = "Original téléchargé",
        ["reprocess_file"] = "Fichier remis en traitement",
        ["correct_field"] = "Champ corrigé",
        ["accept_field"] = "Valeur acceptée",
        ["correct_complete_date"] = "Date de complétude corrigée",
        ["confirm_routing"] = "Orientation confirmée",
        ["override_routing"] = "Orientation modifiée",
        ["confirm_unchecked_fields"] = "Confirmation sans vérifier des champs peu sûrs",
        ["assign_dossier"] = "Dossier attribué",
        ["release_dossier"] = "Dossier libéré",
        ["open_dossier"] = "Dossier ouvert",
        ["correct_document_attachment"] = "Rattachement d'un document modifié",
        ["correct_document_type"] = "Type d'un document corrigé",
        ["correct_document_split"] = "Document scindé",
        ["retention_purge"] = "Purge de conservation",
    };

    public static string Action(string code) => Actions.GetValueOrDefault(code) ?? code.Replace('_', ' ');

    public static string Target(string? type) => type switch
    {
        null => "",
        "dossier" => "dossier",
        "document" => "document",
        "file" or "intake_file" => "fichier",
        "app_user" => "compte",
        "password_link" => "lien de mot de passe",
        _ => type.Replace('_', ' '),
    };

    private static readonly Dictionary<string, string> DetailKeys = new()
    {
        ["key"] = "champ", ["old"] = "avant", ["new"] = "après", ["reason"] = "motif", ["keys"] = "champs",
        ["proposed"] = "proposé", ["retained"] = "retenu", ["procedure"] = "procédure", ["payer"] = "payeur",
        ["dossier"] = "dossier", ["results"] = "résultats", ["role"] = "rôle", ["page"] = "page", ["file"] = "fichier",
        ["confident"] = "valeur sûre", ["previous_error"] = "erreur précédente", ["account"] = "compte", ["session"] = "session",
    };

    private static readonly string[] Order = ["key", "keys", "old", "new", "proposed", "retained", "reason"];

    /// <summary>"champ : Taux AIPP · avant : 20 · après : 30 · motif : …" (JSON kept for anything unexpected).</summary>
    public static string Detail(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return "";
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return json;
            var field = doc.RootElement.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            // The database keeps JSON keys in its own order: shown as one reads a change (what, before, after, why).
            return string.Join(" · ", doc.RootElement.EnumerateObject()
                .Where(p => p.Name != "session" && p.Value.ValueKind != JsonValueKind.Null)
                .OrderBy(p => Array.IndexOf(Order, p.Name) is var i && i >= 0 ? i : Order.Length)
                .Select(p => $"{DetailKeys.GetValueOrDefault(p.Name) ?? p.Name} : {Value(p.Name, p.Value, field)}"));
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Value(string name, JsonElement v, string? field) => v.ValueKind switch
    {
        _ when name == "key" && field is not null => Labels.Field(field),
        _ when name is "old" or "new" && field is not null => FactValueText.Display(field, v.GetRawText(), showNir: false),
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String && name == "keys" ? Labels.Field(e.GetString()!) : e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())),
        JsonValueKind.Object => "(" + string.Join(", ", v.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => $"{DetailKeys.GetValueOrDefault(p.Name) ?? p.Name} {Value(p.Name, p.Value, null)}")) + ")",
        _ => v.GetRawText(),
    };
}
