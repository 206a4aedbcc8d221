using Intake.Corpus.Model;
using Intake.Corpus.Rendering;
using Intake.Domain.Documents;

namespace Intake.Corpus.Planning;

/// <summary>
/// How the pages of a document sit on their sheets: ordinary pages in the typography of their template (a family,
/// sizes and margins that stay the same for one template, with a little play from one document to the next), identity
/// papers at their physical size on the scanner glass or on a photocopy.
/// </summary>
public static class SheetLayout
{
    private static readonly TypeFamily[] SerifFamilies = [TypeFamily.TimesLike, TypeFamily.DejaVuSerif, TypeFamily.CondensedSerif, TypeFamily.TimesLike];
    private static readonly TypeFamily[] SansFamilies = [TypeFamily.ArialLike, TypeFamily.DejaVuSans, TypeFamily.CondensedSans, TypeFamily.ArialLike];

    public static IReadOnlyList<PageLayout> Lay(Document doc, Random rng)
    {
        if (CardDesign.Of(doc.Template) is { } design)
        {
            bool photocopy = CardDesign.IsPhotocopy(doc.Template);
            double m = photocopy ? 1.15 + rng.NextDouble() * 0.26 : 1.0 + rng.NextDouble() * 0.35;
            double x = photocopy ? (LayoutEngine.A4Width - design.WidthPoints * m) / 2 + rng.Next(-20, 21) : 36 + rng.Next(0, 60);
            double y = photocopy ? 60 + rng.Next(0, 50) : 36 + rng.Next(0, 80);
            double gap = 24 + rng.Next(0, 40);
            return doc.Pages.Select(p => p.IsBlank ? LayoutEngine.Layout(p, false) : CardLayout.OnSheet(p, design, m, x, y, gap)).ToList();
        }
        var look = LookOf(doc, rng);
        var raw = doc.Pages.Select(p => LayoutEngine.Layout(p, look.Serif)).ToList();
        double bottom = raw.SelectMany(l => l.Texts.Select(t => t.Baseline).Concat(l.Boxes.Select(b => b.Y + b.H))).DefaultIfEmpty(PageLook.LayoutTop).Max();
        look = look with { Scale = Math.Min(look.Scale, PageLook.MaxScale(look.Left, look.Top, bottom)) };
        return raw.Select(look.Apply).ToList();
    }

    /// <summary>
    /// The typography of a document: the family, size and margins of its template (drawn from the template's name),
    /// sometimes another family (another sender using the same kind of document), and a little play.
    /// The claim form keeps the layout of its edition.
    /// </summary>
    public static PageLook LookOf(Document doc, Random rng)
    {
        int jitter = rng.Next();
        if (doc.Template.Length == 0 || doc.Type == DocumentType.DemandeIndemnisation) return PageLook.Default;
        var t = StableSeed.Random(0, doc.Template);
        var r = new Random(jitter);
        bool formal = doc.Type is DocumentType.Courrier or DocumentType.JugementProtection or DocumentType.ActeDeces
            or DocumentType.JustificatifLien or DocumentType.RapportExpertise;
        bool serif = t.Next(10) < (formal ? 6 : 2);
        var family = serif ? SerifFamilies[t.Next(SerifFamilies.Length)] : SansFamilies[t.Next(SansFamilies.Length)];
        double scale = 0.9 + t.NextDouble() * 0.2, left = 40 + t.Next(34), top = 44 + t.Next(40);
        if (r.Next(10) < 3)
            family = r.Next(2) == 0 ? SerifFamilies[r.Next(SerifFamilies.Length)] : SansFamilies[r.Next(SansFamilies.Length)];
        return new PageLook(family, scale + (r.NextDouble() - 0.5) * 0.05, left + r.Next(-5, 6), top + r.Next(-6, 7));
    }
}
