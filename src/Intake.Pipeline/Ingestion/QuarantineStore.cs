namespace Intake.Pipeline.Ingestion;

/// <summary>
/// Copies of unreadable originals, each with a sidecar "&lt;copy&gt;.raison.txt" telling the secretariat, in
/// French, why the file could not be read and what to do. The archived original is kept as well. Neither the
/// copy's name nor the sidecar carries the original file name (it often holds the victim's name): they are
/// named by file number, and the dashboard shows the original name to signed-in staff. The retention job
/// removes copies after their period (Retention/RetentionPurgeJob).
/// </summary>
public sealed class QuarantineStore(string root)
{
    public string Root { get; } = root;

    public string Put(string archivedPath, long fileId, string originalName, DateOnly receivedOn, string reasonFr)
    {
        var dir = Path.Combine(Root, receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        var name = $"{fileId:D6}_fichier{ArchiveStore.SafeExtension(Path.GetExtension(originalName))}";
        var target = Path.Combine(dir, name);
        if (File.Exists(archivedPath)) File.Copy(archivedPath, target, overwrite: true);
        File.WriteAllText(target + ".raison.txt",
            $"Fichier n° {fileId:D6} (son nom d'origine figure dans le tableau de bord, « Fichiers reçus »)\nReçu le : {receivedOn:dd/MM/yyyy}\nMotif : {reasonFr}\n");
        return target;
    }
}
