namespace Intake.Pipeline.Ingestion;

/// <summary>
/// Copies of unreadable originals, each with a sidecar "&lt;name&gt;.raison.txt" telling the secretariat, in
/// French, why the file could not be read and what to do. The archived original is kept as well.
/// </summary>
public sealed class QuarantineStore(string root)
{
    public string Root { get; } = root;

    public string Put(string archivedPath, long fileId, string originalName, DateOnly receivedOn, string reasonFr)
    {
        var dir = Path.Combine(Root, receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        var name = $"{fileId:D6}_{SafeName(Path.GetFileName(originalName))}";
        var target = Path.Combine(dir, name);
        if (File.Exists(archivedPath)) File.Copy(archivedPath, target, overwrite: true);
        File.WriteAllText(target + ".raison.txt",
            $"Fichier : {originalName}\nReçu le : {receivedOn:dd/MM/yyyy}\nMotif : {reasonFr}\n");
        return target;
    }

    /// <summary>Keeps letters, digits, dot, dash and underscore; long or hostile names are shortened.</summary>
    public static string SafeName(string name)
    {
        var s = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        if (s.Length > 120) s = s[..60] + "…" + s[^59..];
        return s.Length == 0 ? "fichier" : s;
    }
}
