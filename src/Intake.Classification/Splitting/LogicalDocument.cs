namespace Intake.Classification.Splitting;

/// <summary>
/// Consecutive pages of one file that form one document.
/// </summary>
/// <param name="Type">Document type code.</param>
/// <param name="FirstPage">1-based first page in the file (blank pages included).</param>
/// <param name="LastPage">1-based last page in the file (blank pages included).</param>
/// <param name="Confidence">Mean probability of <paramref name="Type"/> over the document's non-blank pages.</param>
/// <param name="Flags">Union of the pages' flags (LOW_CONFIDENCE_PAGE, SMOOTHED_PAGE).</param>
/// <param name="BlankPages">1-based numbers of the blank pages inside the document.</param>
public sealed record LogicalDocument(
    string Type,
    int FirstPage,
    int LastPage,
    double Confidence,
    IReadOnlyList<string> Flags,
    IReadOnlyList<int> BlankPages)
{
    public int PageCount => LastPage - FirstPage + 1;
}
