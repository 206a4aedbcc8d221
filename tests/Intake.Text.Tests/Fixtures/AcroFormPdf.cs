using System.Text;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// A minimal hand-written PDF with a filled AcroForm (PdfPig cannot write form fields): a text field with an
/// alternate name (/TU), a checked checkbox and an unchecked one, on one A4 page.
/// </summary>
internal static class AcroFormPdf
{
    public static string Write(string name = "form.pdf")
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 5 0 R 8 0 R] >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R 5 0 R 8 0 R] /Contents 6 0 R >>",
            "<< /Type /Annot /Subtype /Widget /FT /Tx /T (victime_nom) /TU (Nom de la victime) /V (DUPONT) /Rect [100 700 300 720] /P 3 0 R >>",
            "<< /Type /Annot /Subtype /Widget /FT /Btn /T (consolide) /TU (Etat consolide) /V /Oui /AS /Oui /Rect [100 650 115 665] /P 3 0 R /AP << /N << /Oui 7 0 R /Off 7 0 R >> >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 15 15] /Length 0 >>\nstream\n\nendstream",
            "<< /Type /Annot /Subtype /Widget /FT /Btn /T (deces) /V /Off /AS /Off /Rect [100 600 115 615] /P 3 0 R /AP << /N << /Oui 7 0 R /Off 7 0 R >> >> >>",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(pdf.ToString()));
        return path;
    }
}
