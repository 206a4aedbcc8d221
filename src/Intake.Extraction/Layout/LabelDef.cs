using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>A label printed on a form, with its wording variants (matched OCR-tolerantly, longest first).</summary>
public sealed class LabelDef
{
    public LabelDef(string id, params string[] variants)
    {
        Id = id;
        Variants = variants;
        Keys = variants.Select(MatchKeys.Of).Where(k => k.Length > 0).OrderByDescending(k => k.Length).ToArray();
    }

    public string Id { get; }
    public IReadOnlyList<string> Variants { get; }
    public IReadOnlyList<string> Keys { get; }
}

/// <summary>A label found on a line: words Start..End (inclusive) of the line.</summary>
public sealed record LabelHit(LabelDef Def, FormLine Line, int Start, int End, int Distance)
{
    public Domain.Documents.BBox Box => Domain.Documents.BBox.Union(Line.Words.Skip(Start).Take(End - Start + 1).Select(w => w.Box));
    public int Section => Line.Section;
}
