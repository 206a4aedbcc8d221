using Intake.Classification.Model;
using Intake.Classification.Splitting;
using Intake.Classification.Store;
using Intake.Domain.Documents;

namespace Intake.Pipeline.Steps;

/// <summary>
/// Stages 3 and 4 through Intake.Classification (ML.NET page model, then the splitter). The model is reloaded
/// when the stored one changes (a nightly retraining replaced it), checked at most once a minute.
/// </summary>
public sealed class ClassificationStage : IClassificationStage, IDisposable
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);
    private readonly ModelStore _store;
    private readonly DocumentSplitter _splitter;
    private readonly object _gate = new();
    private PageClassifier _classifier;
    private string? _loadedSha;
    private DateTime _lastCheck;

    public ClassificationStage(ModelStore store, DocumentSplitter splitter)
    {
        _store = store;
        _splitter = splitter;
        _classifier = store.Load();
        _loadedSha = store.ReadMetadata()?.ModelSha256;
        _lastCheck = DateTime.UtcNow;
    }

    public (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents)
        ClassifyAndSplit(FileText text)
    {
        if (text.Pages.Count == 0) return ([], []);
        var predictions = Current().PredictFile(text.Pages);
        var labels = predictions.Select(p => new PageLabel(p.PageNumber, p.Type, p.Confidence, p.IsBlank)).ToList();
        var documents = _splitter.Split(predictions)
            .Select(d => (d.Type, d.Confidence, d.FirstPage, d.LastPage, d.Flags))
            .ToList();
        return (labels, documents);
    }

    private PageClassifier Current()
    {
        lock (_gate)
        {
            if (DateTime.UtcNow - _lastCheck < CheckEvery) return _classifier;
            _lastCheck = DateTime.UtcNow;
            var sha = _store.ReadMetadata()?.ModelSha256;
            if (sha is not null && sha != _loadedSha)
            {
                // The old instance may still be predicting on another thread: it is left to the GC, not disposed.
                _classifier = _store.Load();
                _loadedSha = sha;
            }
            return _classifier;
        }
    }

    public void Dispose()
    {
        lock (_gate) _classifier.Dispose();
    }
}
