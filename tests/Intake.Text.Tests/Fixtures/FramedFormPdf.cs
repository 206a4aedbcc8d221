using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// A form page whose values are written in frames drawn tight around them, and a postcode written one digit per
/// box: the layout whose frame edges OCR used to read as characters.
/// </summary>
internal static class FramedFormPdf
{
    public static readonly (string Label, string Value)[] Rows =
    [
        ("Nom d'usage", "DUPONT"), ("Prénom(s)", "JEANNE MARIE"), ("Date de naissance", "12/03/1970"),
        ("Adresse", "12 RUE DES LILAS"), ("Caisse", "CPAM DU RHONE"),
    ];

    public const string Postcode = "69003";

    /// <summary>Instructions printed above the frames (a page of frames alone has too little text to tell its orientation).</summary>
    private static readonly string[] Notice =
    [
        "Remplissez ce formulaire en lettres capitales et joignez-y les pièces justificatives demandées.",
        "Le formulaire complété est adressé à la commission de conciliation et d'indemnisation de votre région.",
        "Les informations recueillies sont nécessaires à l'instruction de votre demande d'indemnisation.",
        "Vous pouvez demander l'accès aux données vous concernant auprès du secrétariat de la commission.",
    ];

    public static string Write(string name)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(SampleFiles.FontPath));
        var page = builder.AddPage(PageSize.A4);
        double top = page.PageSize.Height;
        page.AddText("DEMANDE D'INDEMNISATION", 14, new PdfPoint(50, top - 60), font);
        double y = top - 110;
        foreach (var line in Notice)
        {
            page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 16;
        }
        y -= 20;
        foreach (var (label, value) in Rows)
        {
            page.AddText(label, 10, new PdfPoint(50, y), font);
            page.DrawRectangle(new PdfPoint(200, y - 4), 220, 15, 0.8);
            page.AddText(value, 11, new PdfPoint(203, y), font);
            y -= 30;
        }
        page.AddText("Code postal", 10, new PdfPoint(50, y), font);
        for (int i = 0; i < Postcode.Length; i++)
        {
            page.DrawRectangle(new PdfPoint(200 + 14 * i, y - 4), 14, 16, 0.8);
            page.AddText(Postcode[i].ToString(), 11, new PdfPoint(203.5 + 14 * i, y), font);
        }
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }
}
