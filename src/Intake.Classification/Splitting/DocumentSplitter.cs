using Intake.Classification.Features;
using Intake.Classification.Model;
using Intake.Domain.Documents;

namespace Intake.Classification.Splitting;

/// <summary>
/// Decides the page types and the document boundaries of a file together, as one sequence decision.
/// Each non-blank page i has type probabilities P(t | page i), a probability b(i) that it opens a new document given
/// the page before it, and b_t(i), the same corrected for two consecutive pages of type t (a claim form goes on, two
/// certificates in a row are two documents). A labelling (types t, boundaries z) scores
/// Π P(t_i | page i) · Π [z_i ? (t_i = t_{i-1} ? b_t(i) : b(i)) : (1 - b_t(i)) · 1(t_i = t_{i-1})]:
/// a page continues its document only with that document's type, and a new document costs the boundary evidence.
/// The best labelling is found by Viterbi (max-product); each page's confidence is the marginal probability of its
/// decided type (sum-product over all labellings), so a page that could as well belong to another document is
/// not confident. A continuation page therefore stays with its document unless there is positive evidence of a
/// new one, whatever the layout. Blank pages join the document around them (a leading blank joins the next).
/// </summary>
public sealed class DocumentSplitter(SplitterOptions? options = null)
{
    private readonly SplitterOptions _options = options ?? new SplitterOptions();

    /// <summary>Documents in page order; empty when every page is blank.</summary>
    public IReadOnlyList<LogicalDocument> Split(IReadOnlyList<PagePrediction> pages)
    {
        var content = pages.Where(p => !p.IsBlank).ToArray();
        if (content.Length == 0) return [];
        var labels = content.SelectMany(p => p.Scores.Keys).Append(content[0].Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        // A page numbered as the next page of the one before is an inner page: its own wording (a report's clinical
        // examination, a table of fees) says less about the document's type than a first page does, so its type
        // evidence counts for ContinuationTypeWeight of a first page's.
        var unary = content.Select((p, i) =>
        {
            double weight = i > 0 && ContinuesNumbering(content[i - 1].Cues, p.Cues) ? _options.ContinuationTypeWeight : 1;
            return labels.Select(t => weight * Math.Log(Math.Max(Score(p, t), _options.TypeFloor))).ToArray();
        }).ToArray();
        var boundary = content.Select((p, i) => i == 0 ? 1.0 : Boundary(content[i - 1], p)).ToArray();
        var sameType = content.Select((p, i) => labels.Select(t => i == 0 ? 1.0 : SameTypeBoundary(content[i - 1], p, t, boundary[i])).ToArray()).ToArray();

        var (types, starts) = Viterbi(unary, boundary, sameType);
        var marginals = Marginals(unary, boundary);

        var documents = new List<LogicalDocument>();
        int docStart = 0;
        for (int i = 1; i <= content.Length; i++)
        {
            if (i < content.Length && !starts[i]) continue;
            int from = docStart, to = i - 1;
            int firstPage = from == 0 ? pages[0].PageNumber : content[from].PageNumber;
            int lastPage = i < content.Length ? content[i].PageNumber - 1 : pages[^1].PageNumber;
            documents.Add(Build(content, from, to, labels[types[from]], types[from], marginals, firstPage, lastPage, pages));
            docStart = i;
        }
        return documents;
    }

    private static double Score(PagePrediction page, string type) =>
        page.Scores.Count == 0 ? (page.Type == type ? 1 : 0) : page.Scores.GetValueOrDefault(type);

    /// <summary>b(i): the boundary model's probability, or what the page's own cues say when there is no model.</summary>
    private double Boundary(PagePrediction previous, PagePrediction current)
    {
        double b = _options.UseBoundaryModel && current.FirstPageProbability is double p ? p : CueBoundary(previous.Cues, current.Cues);
        if (ContinuesNumbering(previous.Cues, current.Cues)) b = Math.Min(b, _options.NumberedContinuationBoundary);
        return Math.Clamp(b, _options.BoundaryFloor, 1 - _options.BoundaryFloor);
    }

    /// <summary>b(i) between two pages of type t: the boundary corrected by what the type says (a claim form goes on).</summary>
    private double SameTypeBoundary(PagePrediction previous, PagePrediction current, string type, double boundary)
    {
        if (!_options.UseBoundaryModel || current.SameTypeBoundary?.TryGetValue(type, out var b) != true) return boundary;
        if (ContinuesNumbering(previous.Cues, current.Cues)) b = Math.Min(b, _options.NumberedContinuationBoundary);
        return Math.Clamp(b, _options.BoundaryFloor, 1 - _options.BoundaryFloor);
    }

    /// <summary>
    /// The page's printed number follows the previous page's: "page k" right after "page k-1" (same count when both
    /// print one), or "page 2" right after a page that prints no number (first pages often carry none). Whatever
    /// the page's wording, such a page is the next page of the same document: a structural fact of paginated mail,
    /// not a learned one, so it bounds the boundary probability from above.
    /// </summary>
    public static bool ContinuesNumbering(PageCues previous, PageCues current)
    {
        if (current.PageNumber is not int k || k < 2) return false;
        if (previous.PageNumber is not int pk) return k == 2;
        return k == pk + 1 && (current.PageCount is null || previous.PageCount is null || current.PageCount == previous.PageCount);
    }

    /// <summary>Boundary evidence from numbering and titles alone (no model loaded): 0.5 when they say nothing.</summary>
    public static double CueBoundary(PageCues previous, PageCues current)
    {
        if (current.NumberedFirst) return 0.95;
        if (current.NumberedContinuation) return 0.05;
        if (previous.PageNumber is int k && previous.PageCount is int n && k == n) return 0.95;
        if (current.FirstPageTitle != null) return 0.9;
        return 0.5;
    }

    /// <summary>
    /// Max-product over (type, boundary): a page continues its document (same type, 1 - b_t), opens a new document of
    /// the same type (b_t) or of another type (b).
    /// </summary>
    private static (int[] Types, bool[] Starts) Viterbi(double[][] unary, double[] boundary, double[][] sameType)
    {
        int n = unary.Length, m = unary[0].Length;
        var score = new double[n, m];
        var from = new int[n, m];
        var start = new bool[n, m];
        for (int t = 0; t < m; t++) score[0, t] = unary[0][t];
        for (int i = 1; i < n; i++)
        {
            double logNew = Math.Log(boundary[i]);
            int first = 0, second = -1;
            for (int t = 1; t < m; t++)
            {
                if (score[i - 1, t] > score[i - 1, first]) { second = first; first = t; }
                else if (second < 0 || score[i - 1, t] > score[i - 1, second]) second = t;
            }
            for (int t = 0; t < m; t++)
            {
                double stay = score[i - 1, t] + Math.Log(1 - sameType[i][t]);
                double sameNew = score[i - 1, t] + Math.Log(sameType[i][t]);
                int other = first != t ? first : second;
                double otherNew = other < 0 ? double.NegativeInfinity : score[i - 1, other] + logNew;
                (double best, int prev, bool isStart) = (stay, t, false);
                if (sameNew > best) (best, prev, isStart) = (sameNew, t, true);
                if (otherNew > best) (best, prev, isStart) = (otherNew, other, true);
                score[i, t] = best + unary[i][t];
                from[i, t] = prev;
                start[i, t] = isStart;
            }
        }
        var types = new int[n];
        var starts = new bool[n];
        int cur = 0;
        for (int t = 1; t < m; t++) if (score[n - 1, t] > score[n - 1, cur]) cur = t;
        for (int i = n - 1; i >= 0; i--)
        {
            types[i] = cur;
            starts[i] = i == 0 || start[i, cur];
            if (i > 0) cur = from[i, cur];
        }
        return (types, starts);
    }

    /// <summary>P(t_i = t | all pages) by forward-backward over the same potentials (boundaries summed out).</summary>
    private static double[][] Marginals(double[][] unary, double[] boundary)
    {
        int n = unary.Length, m = unary[0].Length;
        var alpha = new double[n][];
        var beta = new double[n][];
        alpha[0] = (double[])unary[0].Clone();
        for (int i = 1; i < n; i++)
        {
            double logNew = Math.Log(boundary[i]), all = LogSumExp(alpha[i - 1]);
            alpha[i] = new double[m];
            // same type: b + (1 - b) = 1; another type: b
            for (int t = 0; t < m; t++)
                alpha[i][t] = unary[i][t] + LogSumExp2(alpha[i - 1][t], logNew + LogMinusExp(all, alpha[i - 1][t]));
        }
        beta[n - 1] = new double[m];
        for (int i = n - 2; i >= 0; i--)
        {
            double logNew = Math.Log(boundary[i + 1]);
            var next = new double[m];
            for (int t = 0; t < m; t++) next[t] = unary[i + 1][t] + beta[i + 1][t];
            double all = LogSumExp(next);
            beta[i] = new double[m];
            for (int t = 0; t < m; t++) beta[i][t] = LogSumExp2(next[t], logNew + LogMinusExp(all, next[t]));
        }
        var result = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var joint = alpha[i].Zip(beta[i], (a, b) => a + b).ToArray();
            double z = LogSumExp(joint);
            result[i] = joint.Select(j => Math.Exp(j - z)).ToArray();
        }
        return result;
    }

    private static double LogSumExp(IReadOnlyList<double> xs)
    {
        double max = xs.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(xs.Sum(x => Math.Exp(x - max)));
    }

    private static double LogSumExp2(double a, double b) => LogSumExp([a, b]);

    /// <summary>log(exp(a) - exp(b)) for a ≥ b: the total minus one term (−∞ when nothing is left).</summary>
    private static double LogMinusExp(double a, double b)
    {
        double diff = 1 - Math.Exp(b - a);
        return diff <= 1e-12 ? double.NegativeInfinity : a + Math.Log(diff);
    }

    private LogicalDocument Build(PagePrediction[] content, int from, int to, string type, int typeIndex, double[][] marginals,
        int firstPage, int lastPage, IReadOnlyList<PagePrediction> all)
    {
        var flags = new SortedSet<string>(StringComparer.Ordinal);
        double sum = 0;
        for (int i = from; i <= to; i++)
        {
            double confidence = marginals[i][typeIndex];
            sum += confidence;
            if (confidence < _options.LowConfidenceThreshold) flags.Add(PageFlags.LowConfidencePage);
            if (content[i].Type != type) flags.Add(PageFlags.SmoothedPage);
        }
        var blanks = all.Where(p => p.IsBlank && p.PageNumber >= firstPage && p.PageNumber <= lastPage)
            .Select(p => p.PageNumber).ToArray();
        return new LogicalDocument(type, firstPage, lastPage, sum / (to - from + 1), flags.ToArray(), blanks);
    }
}
