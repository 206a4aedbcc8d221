namespace Intake.Corpus.Content;

/// <summary>Where a text value goes relative to its printed label.</summary>
public enum ValuePlacement
{
    /// <summary>"Nom : DUPONT" — label, colon, value further right on the same line.</summary>
    Colon,
    /// <summary>"Nom      DUPONT" — no colon.</summary>
    NoColon,
    /// <summary>"Nom ........ DUPONT" — a dotted leader up to the value.</summary>
    DottedLeader,
    /// <summary>"Nom : DUPONT ________" — the value written at the start of an underscore line.</summary>
    Underscores,
    /// <summary>The label on its own (small) line, the value on the line below.</summary>
    Above,
}

public enum OptionLayout
{
    /// <summary>The options follow the question on its line (long lists go below).</summary>
    SameLine,
    /// <summary>The options in a row on the line below the question.</summary>
    Row,
    /// <summary>One option per line below the question.</summary>
    Column,
}

public enum FooterFrequency { EveryPage, SomePages, None }

public enum PageNumbering { PageKOfN, KOfN, PageK, None }

/// <summary>Where the form's cerfa number is printed.</summary>
public enum CerfaNumberPlace { Header, Footer, FirstPageOnly }

/// <summary>The block at the top of the first page.</summary>
public enum FirstPageHeader { CerfaLine, Republique, Ministry, LogoBox }

/// <summary>What continuation pages (2…n) carry at the top.</summary>
public enum ContinuationHeader { None, RunningTitle, RepublicLine, ReservedBox }

/// <summary>How section titles are written.</summary>
public enum SectionTitleStyle { Numbered, Upper, NumberedUpper, Descriptive, Part, Frame, Roman }

public enum FieldNaming { Opaque, Semantic }

public enum NoticePlace { None, Before, After }

/// <summary>
/// One printed edition of the cerfa n°12245*03: independent presentation features drawn per form (the content,
/// sections 1–7 of fields.md and their truth keys, never changes). <see cref="Draw"/> combines them at random;
/// <see cref="LabelLeft"/> and <see cref="LabelAbove"/> are the project's two historical editions.
/// </summary>
public sealed record ClaimFormEdition
{
    /// <summary>Bounds of a claim-form document's page count, notice and checklist pages included.</summary>
    public const int MinPages = 2, MaxPages = 8;

    public ValuePlacement Placement { get; init; } = ValuePlacement.Colon;
    /// <summary>Start of the value column, as a fraction of the text width (label-left placements).</summary>
    public double ValueColumn { get; init; } = 0.42;
    /// <summary>Two short fields per row (a two-column grid).</summary>
    public bool TwoColumns { get; init; }
    /// <summary>Values written inside printed rectangles.</summary>
    public bool Frames { get; init; }
    /// <summary>Dates (and the periods' dates) in one box per character.</summary>
    public bool CombDates { get; init; }
    /// <summary>NIR, postcodes and phone number in one box per character.</summary>
    public bool CombCodes { get; init; }
    /// <summary>A "/" printed between the day, month and year boxes (otherwise a gap).</summary>
    public bool CombDateSlashes { get; init; } = true;
    /// <summary>The NIR comb in its printed groups (1 2 2 2 3 3 | 2) rather than 13 | 2.</summary>
    public bool CombNirGroups { get; init; } = true;
    /// <summary>Filled on screen: one AcroForm field per box rather than one comb field per group.</summary>
    public bool CombFieldPerBox { get; init; }
    /// <summary>"Oui ☐" rather than "☐ Oui".</summary>
    public bool BoxAfterWord { get; init; }
    public OptionLayout Options { get; init; } = OptionLayout.SameLine;
    public SectionTitleStyle Titles { get; init; } = SectionTitleStyle.Numbered;
    /// <summary>Line pitch factor (below 1 dense, above 1 roomy).</summary>
    public double Spacing { get; init; } = 1.0;
    /// <summary>Sections (0-based) that start a new page.</summary>
    public IReadOnlyList<int> BreakBefore { get; init; } = [];
    /// <summary>Section 1 starts with the social-security block (NIR, caisse).</summary>
    public bool SocialSecurityFirst { get; init; }
    /// <summary>Height in points of the framed description box (0 = as tall as its text).</summary>
    public double DescriptionHeight { get; init; }

    public FirstPageHeader Header { get; init; } = FirstPageHeader.CerfaLine;
    public ContinuationHeader Continuation { get; init; } = ContinuationHeader.RunningTitle;
    /// <summary>A "Cadre réservé à la commission" box on the first page.</summary>
    public bool ReservedBox { get; init; }
    public FooterFrequency Footers { get; init; } = FooterFrequency.EveryPage;
    public PageNumbering Numbering { get; init; } = PageNumbering.PageKOfN;
    public CerfaNumberPlace CerfaNumber { get; init; } = CerfaNumberPlace.Footer;

    public NoticePlace Notice { get; init; } = NoticePlace.None;
    public int NoticePages { get; init; }
    /// <summary>A "pièces à joindre" checklist page after the form.</summary>
    public bool Checklist { get; init; }
    /// <summary>A page of blank ruled lines for a longer account, after the form.</summary>
    public bool BlankLinesPage { get; init; }

    public FieldNaming Naming { get; init; } = FieldNaming.Opaque;
    /// <summary>AcroForm widgets carry the label as tooltip (/TU).</summary>
    public bool Tooltips { get; init; } = true;

    /// <summary>Chosen label wording per truth key (index into <see cref="ClaimFormWording"/>'s variants); absent = the fields.md label.</summary>
    public IReadOnlyDictionary<string, int> Wording { get; init; } = new Dictionary<string, int>();
    /// <summary>Seed of the small per-form choices of the wording (section names, options, notice paragraphs).</summary>
    public int WordingSeed { get; init; }

    /// <summary>The historical 3-page edition: label on the left, value on the right of the same line.</summary>
    public static ClaimFormEdition LabelLeft { get; } = new() { BreakBefore = [2, 5] };

    /// <summary>The historical 2-page edition: labels above the values, two columns, social-security block first.</summary>
    public static ClaimFormEdition LabelAbove { get; } = new()
    {
        Placement = ValuePlacement.Above, TwoColumns = true, BreakBefore = [3], SocialSecurityFirst = true,
        Header = FirstPageHeader.Republique, Options = OptionLayout.SameLine,
    };

    /// <summary>A random combination of features. Born-digital forms (AcroForm) have no hand-writing concerns but the same print.</summary>
    public static ClaimFormEdition Draw(Random rng, bool acroForm)
    {
        T Pick<T>(params T[] options) => options[rng.Next(options.Length)];
        bool Chance(double p) => rng.NextDouble() < p;

        var placement = Pick(ValuePlacement.Colon, ValuePlacement.NoColon, ValuePlacement.DottedLeader, ValuePlacement.Underscores,
            ValuePlacement.Above, ValuePlacement.Above, ValuePlacement.DottedLeader);
        double breakChance = Pick(0.0, 0.15, 0.35, 0.6, 0.9);
        var breaks = Enumerable.Range(1, 6).Where(_ => Chance(breakChance)).ToList();
        var wording = ClaimFormWording.Keys.ToDictionary(k => k, k => Chance(0.45) ? 0 : rng.Next(ClaimFormWording.VariantCount(k)));
        var notice = Pick(NoticePlace.None, NoticePlace.None, NoticePlace.Before, NoticePlace.After);
        var edition = new ClaimFormEdition
        {
            Placement = placement,
            ValueColumn = Pick(0.3, 0.36, 0.42, 0.48),
            TwoColumns = Chance(0.45),
            Frames = Chance(placement == ValuePlacement.Above ? 0.5 : 0.2),
            CombDates = Chance(0.45),
            CombCodes = Chance(0.45),
            CombDateSlashes = Chance(0.6),
            CombNirGroups = Chance(0.6),
            CombFieldPerBox = acroForm && Chance(0.4),
            BoxAfterWord = Chance(0.35),
            Options = Pick(OptionLayout.SameLine, OptionLayout.SameLine, OptionLayout.Row, OptionLayout.Column),
            Titles = Pick(Enum.GetValues<SectionTitleStyle>()),
            Spacing = Pick(0.85, 0.95, 1.0, 1.1, 1.25, 1.45, 1.7, 2.0),
            BreakBefore = breaks,
            SocialSecurityFirst = Chance(0.2),
            DescriptionHeight = Pick(0.0, 0.0, 90.0, 150.0),
            Header = Pick(Enum.GetValues<FirstPageHeader>()),
            Continuation = Pick(Enum.GetValues<ContinuationHeader>()),
            ReservedBox = Chance(0.4),
            Footers = Pick(FooterFrequency.EveryPage, FooterFrequency.EveryPage, FooterFrequency.SomePages, FooterFrequency.None),
            Numbering = Pick(Enum.GetValues<PageNumbering>()),
            CerfaNumber = Pick(Enum.GetValues<CerfaNumberPlace>()),
            Notice = notice,
            NoticePages = notice == NoticePlace.None ? 0 : Chance(0.35) ? 2 : 1,
            Checklist = Chance(0.35),
            BlankLinesPage = Chance(0.2),
            Naming = Chance(0.5) ? FieldNaming.Semantic : FieldNaming.Opaque,
            Tooltips = Chance(0.8),
            Wording = wording,
            WordingSeed = rng.Next(),
        };
        // Some editions squeeze the whole form on two sheets: dense, two columns, nothing else printed.
        if (Chance(0.15))
            edition = edition with
            {
                TwoColumns = true, Spacing = 0.85, BreakBefore = [], Notice = NoticePlace.None, NoticePages = 0, Checklist = false,
                BlankLinesPage = false, DescriptionHeight = 0,
                Placement = placement == ValuePlacement.Above ? ValuePlacement.Colon : placement,
            };
        return edition;
    }
}
