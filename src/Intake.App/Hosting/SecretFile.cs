namespace Intake.App.Hosting;

/// <summary>
/// One-time password links for the console (first administrator, `intake user`): written to a file only the
/// process's user (and root) can read, under INTAKE_HOME/secrets, never to stdout or a log — container logs
/// keep everything printed. The console shows the file's path; the link works once and expires.
/// </summary>
public static class SecretFile
{
    public static string Write(string home, string name, string content)
    {
        var dir = Path.Combine(home, "secrets");
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = Path.Combine(dir, name);
        File.Delete(path);
        // Created with mode 600 before a byte is written: never readable by others, even for an instant.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(content);
        return path;
    }

    /// <summary>The text of a link file: what it is for, the address (or path) of the link, when it expires.</summary>
    public static string LinkText(string userName, string urls, string token, TimeSpan validFor)
    {
        var path = Web.Auth.PasswordLinks.PathFor(token);
        var baseUrl = urls.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('/');
        var shown = baseUrl is not null && !baseUrl.Contains("0.0.0.0", StringComparison.Ordinal) && !baseUrl.Contains("[::]", StringComparison.Ordinal) && !baseUrl.Contains('*', StringComparison.Ordinal)
            ? baseUrl + path
            : $"https://<adresse du tableau de bord>{path}";
        return $"""
            Compte « {userName} » : lien à usage unique pour choisir le mot de passe, valable jusqu'au {DateTime.Now.Add(validFor):dd/MM/yyyy HH:mm}.
            {shown}
            Supprimez ce fichier une fois le mot de passe choisi.

            """;
    }
}
