using System.Collections.Concurrent;
using Microsoft.ML;

namespace Intake.Classification.Model;

/// <summary>
/// PredictionEnginePool-like: a PredictionEngine is not thread-safe, so each call rents one
/// (creating it when none is free) and gives it back afterwards.
/// </summary>
internal sealed class EnginePool<TOut>(MLContext ml, ITransformer model, DataViewSchema inputSchema) : IDisposable
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<PageRow, TOut>> _free = [];

    public TOut Predict(PageRow row)
    {
        if (!_free.TryTake(out var engine))
            engine = ml.Model.CreatePredictionEngine<PageRow, TOut>(model, inputSchema);
        try
        {
            return engine.Predict(row);
        }
        finally
        {
            _free.Add(engine);
        }
    }

    public void Dispose()
    {
        while (_free.TryTake(out var engine)) engine.Dispose();
    }
}
