using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Intake.Web.Tests.Support;

/// <summary>A small born-digital PDF (A4 pages with a few lines of text), for page images in the dashboard.</summary>
public static class TestPdf
{
    public static byte[] Build(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            double y = 780;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(72, y), font);
                y -= 20;
            }
        }
        return builder.Build();
    }
}
