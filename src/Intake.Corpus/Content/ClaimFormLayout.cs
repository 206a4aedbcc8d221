using System.Globalization;
using Intake.Corpus.Model;
using Intake.Corpus.Rendering;

namespace Intake.Corpus.Content;

/// <summary>
/// Turns the claim-form items into lines for one edition: label wording, value placement (label left with or without
/// colon, dotted leader, underscores, label above, frames, two-column grid), comb fields and option boxes. The lines
/// of one item form a block that a page break never splits (<see cref="ClaimFormPages"/> paginates the blocks).
/// </summary>
internal sealed class ClaimFormLayout
{
    private const double TextWidth = LayoutEngine.A4Width - 2 * 56;

    private readonly ClaimFormEdition _e;
    private readonly bool _hand;
    private readonly Random _rng;
    private readonly SpanStyle _style;
    private readonly int _opaquePattern;
    private readonly string[] _yesNo, _sex, _damage, _standing;
    private readonly (string From, string To) _periodWords;
    private readonly bool _colonOnChoices;
    private int _field;

    public ClaimFormLayout(ClaimFormEdition edition, bool hand)
    {
        _e = edition;
        _hand = hand;
        _rng = new Random(edition.WordingSeed);
        _style = hand ? SpanStyle.Hand : SpanStyle.Normal;
        _opaquePattern = _rng.Next(3);
        _yesNo = ClaimFormWording.YesNo[_rng.Next(ClaimFormWording.YesNo.Length)];
        _sex = ClaimFormWording.SexOptions[_rng.Next(ClaimFormWording.SexOptions.Length)];
        _damage = ClaimFormWording.DamageOptions[_rng.Next(ClaimFormWording.DamageOptions.Length)];
        _standing = ClaimFormWording.StandingOptions[_rng.Next(ClaimFormWording.StandingOptions.Length)];
        _periodWords = ClaimFormWording.PeriodWords[_rng.Next(ClaimFormWording.PeriodWords.Length)];
        _colonOnChoices = _rng.Next(2) == 0;
    }

    /// <summary>The random source of the edition's small choices (shared with the page builder, so one seed decides all).</summary>
    public Random Rng => _rng;

    /// <summary>The blocks of one section; the first one starts with the section title.</summary>
    public List<List<Line>> Section(FormSection section, int index)
    {
        var items = section.Items.ToList();
        if (_e.SocialSecurityFirst && index == 0)
        {
            var ss = items.Where(i => i is TextItem { Key: "victime.nir" or "victime.caisse" }).ToList();
            items = ss.Concat(items.Except(ss)).ToList();
        }
        var blocks = new List<List<Line>>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            bool pairable = _e.TwoColumns || index == 6 && _e.Placement != ValuePlacement.Above;
            if (pairable && item is TextItem a && i + 1 < items.Count && items[i + 1] is TextItem b && Pair(a, b) is { } pair)
            {
                blocks.Add(pair);
                i++;
                continue;
            }
            blocks.Add(Item(item));
        }
        var heading = new List<Line> { new([new Span(ClaimFormWording.SectionTitle(_e.Titles, index, _rng), SpanStyle.Bold)], LineKind.Heading) };
        if (index is 1 or 2 && _rng.Next(3) == 0)
            heading.Add(new Line([new Span(index == 1
                ? "À remplir si vous présentez la demande pour le compte de la victime."
                : "À remplir si vous êtes représenté(e) par un avocat.")], LineKind.Small));
        blocks[0] = heading.Concat(blocks[0]).ToList();
        return blocks;
    }

    private List<Line> Item(FormItem item) => item switch
    {
        TextItem { Long: true } t => LongText(t),
        TextItem t => Text(t, 0, 1),
        ChoiceItem c => Choice(c),
        PeriodsItem p => Periods(p),
        SignatureItem s => Signature(s),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private string Label(string key) => ClaimFormWording.Label(_e, key);

    private string Name(string key, string suffix = "", bool checkbox = false)
    {
        _field++;
        if (_e.Naming == FieldNaming.Semantic) return key.Replace('.', '_') + suffix;
        return (_opaquePattern, checkbox) switch
        {
            (0, false) => $"topmostSubform[0].Champ{_field}[0]",
            (0, true) => $"topmostSubform[0].Case{_field}[0]",
            (1, false) => $"Texte{_field}",
            (1, true) => $"Case à cocher {_field}",
            (_, false) => $"form1[0].TextField{_field}[0]",
            _ => $"form1[0].CheckBox{_field}[0]",
        };
    }

    private Span Value(string key, string text, double column, string label, string suffix = "", CombSpec? comb = null, FrameSpec? frame = null) =>
        new(text, _style, column) { FormField = Name(key, suffix), Tooltip = _e.Tooltips ? label : null, Comb = comb, Frame = frame };

    /// <summary>The comb of a value, or null when the edition writes it as plain text.</summary>
    private (CombSpec Spec, string Chars)? Comb(CombKind kind, object? truth)
    {
        bool on = kind == CombKind.Date ? _e.CombDates : kind != CombKind.None && _e.CombCodes;
        if (!on) return null;
        string chars = truth switch
        {
            DateOnly d => d.ToString("ddMMyyyy", CultureInfo.InvariantCulture),
            string s => s,
            _ => "",
        };
        var spec = kind switch
        {
            CombKind.Date => new CombSpec([2, 2, 4], _e.CombDateSlashes ? "/" : ""),
            CombKind.Nir => _e.CombNirGroups ? new CombSpec([1, 2, 2, 2, 3, 3, 2]) : new CombSpec([13, 2]),
            CombKind.PostCode => new CombSpec([5]),
            _ => _e.CombNirGroups ? new CombSpec([2, 2, 2, 2, 2]) : new CombSpec([10]),
        };
        return (spec with { FieldPerBox = _e.CombFieldPerBox }, chars);
    }

    private static double CombWidth(CombSpec c) =>
        c.Cells * LayoutEngine.CombCellWidth + (c.Groups.Count - 1) * (c.Separator.Length > 0 ? 10 : 6) + 8;

    private double ValueWidth(TextItem t)
    {
        if (Comb(t.Comb, t.Truth) is { } comb) return CombWidth(comb.Spec);
        return Fonts.Measure(t.Display ?? "", _hand ? FontKind.Hand : FontKind.Sans, _hand ? 11 : 10) + 8;
    }

    private static double LabelWidth(string label) => Fonts.Measure(label + " : ", FontKind.Sans, 10);

    /// <summary>Spans of a short text field in the cell [start, start + width) of the text width, or null when it does not fit there.</summary>
    private List<Span>? InlineSpans(TextItem t, double start, double width)
    {
        string label = Label(t.Key);
        double valueCol = start + _e.ValueColumn * width;
        double labelEnd = start * TextWidth + LabelWidth(label) + (_e.Placement == ValuePlacement.DottedLeader ? 14 : 0);
        double valueX = Math.Max(valueCol * TextWidth, labelEnd);
        double valueW = ValueWidth(t);
        if (valueX + valueW + (_e.Placement == ValuePlacement.Underscores ? 20 : 0) > (start + width) * TextWidth - 6) return null;
        double col = valueX / TextWidth;
        var comb = Comb(t.Comb, t.Truth);
        var frame = _e.Frames && comb is null ? new FrameSpec(start + width - col - 0.02) : null;
        var value = Value(t.Key, comb?.Chars ?? t.Display ?? "", col, label, comb: comb?.Spec, frame: frame);
        return _e.Placement switch
        {
            ValuePlacement.NoColon => [new Span(label, SpanStyle.Normal, start), value],
            ValuePlacement.DottedLeader => [new Span(label, SpanStyle.Normal, start), new Span(".", SpanStyle.Leader), value],
            ValuePlacement.Underscores when comb is null && frame is null =>
                [new Span(label + " :", SpanStyle.Normal, start), value, new Span("_", SpanStyle.Leader)],
            _ => [new Span(label + " :", SpanStyle.Normal, start), value],
        };
    }

    /// <summary>A short text field: inline when it fits, else label above and value below.</summary>
    private List<Line> Text(TextItem t, double start, double width)
    {
        if (_e.Placement != ValuePlacement.Above && InlineSpans(t, start, width) is { } spans) return [new Line(spans)];
        return Above([t], [start]);
    }

    /// <summary>Label line(s) then value line for fields side by side (one field, or two in a grid).</summary>
    private List<Line> Above(IReadOnlyList<TextItem> items, IReadOnlyList<double> starts)
    {
        double cell = items.Count == 1 ? 1.0 : 0.5;
        var labels = items.Select((t, i) => new Span(Label(t.Key), SpanStyle.Normal, starts[i])).ToList();
        var values = new List<Span>();
        for (int i = 0; i < items.Count; i++)
        {
            var t = items[i];
            var comb = Comb(t.Comb, t.Truth);
            var frame = _e.Frames && comb is null ? new FrameSpec(cell - 0.04) : null;
            values.Add(Value(t.Key, comb?.Chars ?? t.Display ?? "", starts[i] + (frame is null ? 0 : 0.006), Label(t.Key), comb: comb?.Spec, frame: frame));
        }
        if (items.Count == 1 && values[0] is { Comb: null, Frame: null } v)
        {
            // A lone value may be long: let it wrap on its own line.
            return [new Line(labels, LineKind.Small), new Line([v])];
        }
        return [new Line(labels, LineKind.Small), new Line(values)];
    }

    /// <summary>Two short fields on one row, or null when they do not both fit in half the width.</summary>
    private List<Line>? Pair(TextItem a, TextItem b)
    {
        if (_e.Placement == ValuePlacement.Above)
        {
            bool fits = new[] { a, b }.All(t => Math.Max(ValueWidth(t), LabelWidth(Label(t.Key))) < 0.5 * TextWidth - 14);
            return fits ? Above([a, b], [0, 0.5]) : null;
        }
        var left = InlineSpans(a, 0, 0.5);
        var right = InlineSpans(b, 0.5, 0.5);
        if (left is null || right is null) return null;
        return [new Line([.. left, .. right])];
    }

    private List<Line> LongText(TextItem t)
    {
        string label = Label(t.Key);
        var frame = _e.Frames || _e.DescriptionHeight > 0 ? new FrameSpec(1.0, _e.DescriptionHeight) : null;
        var lines = new List<Line>
        {
            new([new Span(_e.Placement is ValuePlacement.Above ? label : label + " :")], _e.Placement is ValuePlacement.Above ? LineKind.Small : LineKind.Text),
            new([Value(t.Key, t.Display ?? "", frame is null ? 0.02 : 0, label, frame: frame)]),
        };
        if (frame is null && _e.Placement is ValuePlacement.DottedLeader or ValuePlacement.Underscores && t.Display is null)
            for (int i = 0; i < 3; i++) lines.Add(new Line([new Span(_e.Placement == ValuePlacement.DottedLeader ? "." : "_", SpanStyle.Leader)]));
        return lines;
    }

    private string[] OptionsOf(ChoiceItem c) => c.Key switch
    {
        "victime.sexe" => _sex,
        "faits.type_dommage" => _damage,
        "demandeur.qualite" => _standing,
        _ when c.Options is ["Oui", "Non"] => _yesNo,
        _ => c.Options,
    };

    private List<Span> Boxes(ChoiceItem c, string label, string[] options, double? start, double step) =>
        options.Select((o, i) => new Span(o, SpanStyle.Checkbox, start is { } s ? s + i * step : null, c.Checked == i)
        {
            FormField = Name(c.Key, "_" + (i + 1), checkbox: true),
            Tooltip = _e.Tooltips ? $"{label} {o}" : null,
            BoxAfter = _e.BoxAfterWord,
        }).ToList();

    private List<Line> Choice(ChoiceItem c)
    {
        string label = Label(c.Key);
        var options = OptionsOf(c);
        // Tooltips name the option as fields.md's first wording does, whatever the printed words ("Sexe : F").
        string question = label.EndsWith('?') ? label : _colonOnChoices || _e.Placement == ValuePlacement.Colon ? label + " :" : label;
        double optionsWidth = options.Sum(o => Fonts.Measure(o, FontKind.Sans, 10) + 26);
        double questionWidth = Fonts.Measure(question, FontKind.Sans, 10) + 12;
        var layout = _e.Options;
        if (layout == OptionLayout.SameLine && (options.Length > 2 || c.OptionsBelow)) layout = OptionLayout.Row;
        if (layout == OptionLayout.SameLine && Math.Max(questionWidth, _e.ValueColumn * TextWidth) + optionsWidth > TextWidth) layout = OptionLayout.Row;
        if (layout == OptionLayout.Row && optionsWidth + 0.04 * TextWidth > TextWidth) layout = OptionLayout.Column;
        string tip = c.Key == "victime.sexe" ? "Sexe :" : question;
        switch (layout)
        {
            case OptionLayout.SameLine:
                double start = Math.Max(questionWidth / TextWidth, _e.ValueColumn);
                return [new Line([new Span(question), .. Boxes(c, tip, options, start, 0).Select((b, i) => i == 0 ? b : b with { Column = null })])];
            case OptionLayout.Row:
                double step = options.Length == 2 ? 0.14 : 0.96 / options.Length;
                bool flow = options.Sum(o => Fonts.Measure(o, FontKind.Sans, 10) + 26) > step * TextWidth * options.Length * 0.9 || options.Any(o => Fonts.Measure(o, FontKind.Sans, 10) + 26 > step * TextWidth);
                return [new Line([new Span(question)]), new Line(Boxes(c, tip, options, flow ? null : 0.04, step).Select((b, i) => i == 0 && flow ? b with { Column = 0.04 } : b).ToList())];
            default:
                return [new Line([new Span(question)]), .. Boxes(c, tip, options, 0.04, 0).Select(b => new Line([b]))];
        }
    }

    private List<Line> Periods(PeriodsItem p)
    {
        string label = Label(p.Key);
        var lines = new List<Line> { new([new Span(label.EndsWith('?') ? label : label + " :")]) };
        int rows = Math.Max(p.Lines.Count, _hand && p.Lines.Count == 0 ? 2 : 1);
        for (int r = 0; r < rows; r++)
        {
            string from = r < p.Lines.Count ? p.Lines[r].From : "", to = r < p.Lines.Count ? p.Lines[r].To : "";
            var fromComb = Comb(CombKind.Date, r < p.Dates.Count ? p.Dates[r].From : null);
            var toComb = Comb(CombKind.Date, r < p.Dates.Count ? p.Dates[r].To : null);
            lines.Add(new Line(
            [
                new Span(_periodWords.From, SpanStyle.Normal, 0.04),
                Value(p.Key, fromComb?.Chars ?? from, 0.1, label + " du", $"_du_{r + 1}", fromComb?.Spec),
                new Span(_periodWords.To, SpanStyle.Normal, 0.45),
                Value(p.Key, toComb?.Chars ?? to, 0.53, label + " au", $"_au_{r + 1}", toComb?.Spec),
            ]));
        }
        return lines;
    }

    private List<Line> Signature(SignatureItem s)
    {
        string label = Label("signature.presente");
        return [new Line([new Span(label + " :"), new Span("", SpanStyle.Signature, Math.Max(_e.ValueColumn, LabelWidth(label) / TextWidth), s.Signed)])];
    }
}
