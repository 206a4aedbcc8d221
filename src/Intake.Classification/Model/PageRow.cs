using Microsoft.ML.Data;

namespace Intake.Classification.Model;

/// <summary>One page as an ML.NET row (input of both models). Public only because ML.NET binds it by reflection.</summary>
public sealed class PageRow
{
    /// <summary>Normalised page text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Cue tokens of the page (numbering, titles, MRZ, length, OCR confidence).</summary>
    public string Cues { get; set; } = string.Empty;

    /// <summary>Normalised top lines of the page (boundary model).</summary>
    public string Top { get; set; } = string.Empty;

    /// <summary>Tokens comparing the page with the previous non-blank page of its file (boundary model).</summary>
    public string Pair { get; set; } = string.Empty;

    /// <summary>Document type code (training only).</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The page opens a document (training only).</summary>
    public bool IsFirst { get; set; }

    /// <summary>Example weight (training only): balances the document types.</summary>
    public float Weight { get; set; } = 1;
}

/// <summary>Output row of the page-type model: one probability per label, in label-set order.</summary>
public sealed class PageTypeOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

/// <summary>Output row of the boundary model: probability that the page opens a new document.</summary>
public sealed class FirstPageOutput
{
    [ColumnName("Probability")]
    public float Probability { get; set; }
}
