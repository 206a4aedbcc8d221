namespace Intake.Text.Sniffing;

/// <summary>
/// The file cannot be read: the pipeline quarantines it and shows <see cref="ReasonFr"/> to the secretariat.
/// <see cref="Code"/> is a short snake_case code (see <see cref="UnreadableCodes"/>).
/// </summary>
public sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(string code, string reasonFr, Exception? inner = null)
        : base($"{code}: {reasonFr}", inner)
    {
        Code = code;
        ReasonFr = reasonFr;
    }

    public string Code { get; }

    /// <summary>Plain-French reason a secretary understands.</summary>
    public string ReasonFr { get; }
}

/// <summary>Codes of <see cref="UnreadableFileException"/>.</summary>
public static class UnreadableCodes
{
    public const string Empty = "empty";
    public const string WrongExtension = "wrong_extension";
    public const string UnsupportedFormat = "unsupported_format";
    public const string CorruptPdf = "corrupt_pdf";
    public const string EncryptedPdf = "encrypted_pdf";
    public const string ImageTooLarge = "image_too_large";
    public const string TooManyPages = "too_many_pages";
    public const string NoPages = "no_pages";
    public const string CorruptImage = "corrupt_image";
    public const string PageTooLarge = "page_too_large";
    public const string StreamTooLarge = "stream_too_large";
}

/// <summary>Builds the exceptions with their French reasons, so wording stays in one place.</summary>
internal static class Unreadable
{
    public static UnreadableFileException Empty() =>
        new(UnreadableCodes.Empty, "Le fichier est vide (0 octet).");

    public static UnreadableFileException WrongExtension(string extension) =>
        new(UnreadableCodes.WrongExtension,
            $"Le fichier porte l'extension « {extension} » mais son contenu n'est pas de ce type : " +
            "il est probablement endommagé ou mal nommé. Demander un nouvel envoi à l'expéditeur.");

    public static UnreadableFileException UnsupportedFormat(string extension) =>
        new(UnreadableCodes.UnsupportedFormat,
            $"Format de fichier non pris en charge{(extension.Length > 0 ? $" (« {extension} »)" : "")} : " +
            "seuls les PDF, TIFF, JPEG et PNG sont acceptés.");

    public static UnreadableFileException CorruptPdf(string detail, Exception? inner = null) =>
        new(UnreadableCodes.CorruptPdf,
            $"Le PDF est endommagé ou incomplet ({detail}) : demander un nouvel envoi à l'expéditeur.", inner);

    public static UnreadableFileException EncryptedPdf(Exception? inner = null) =>
        new(UnreadableCodes.EncryptedPdf,
            "Le PDF est protégé par un mot de passe : demander une version non protégée à l'expéditeur.", inner);

    public static UnreadableFileException ImageTooLarge(long width, long height) =>
        new(UnreadableCodes.ImageTooLarge,
            $"L'image est trop grande pour être lue sans risque ({width} × {height} pixels) : " +
            "demander une numérisation à une résolution normale (300 dpi).");

    public static UnreadableFileException TooManyPages(int pages, int max) =>
        new(UnreadableCodes.TooManyPages,
            $"Le fichier contient trop de pages ({pages}, maximum {max}) : le découper en plusieurs envois.");

    public static UnreadableFileException NoPages() =>
        new(UnreadableCodes.NoPages, "Le fichier ne contient aucune page.");

    public static UnreadableFileException PageTooLarge(int page, double widthPt, double heightPt) =>
        new(UnreadableCodes.PageTooLarge,
            $"La page {page} a des dimensions hors norme ({widthPt / 72 * 2.54:0} × {heightPt / 72 * 2.54:0} cm) : elle ne peut pas être lue sans risque. " +
            "Demander un document au format A4.");

    public static UnreadableFileException StreamTooLarge(long limitBytes) =>
        new(UnreadableCodes.StreamTooLarge,
            $"Le PDF contient un flux de données qui dépasse {limitBytes / (1024 * 1024)} Mo une fois décompressé (fichier piégé ou anormal) : " +
            "demander un nouvel envoi à l'expéditeur.");

    public static UnreadableFileException CorruptImage(string detail, Exception? inner = null) =>
        new(UnreadableCodes.CorruptImage,
            $"L'image est endommagée et ne peut pas être lue ({detail}) : demander un nouvel envoi à l'expéditeur.", inner);
}
