using System.Collections.Concurrent;

namespace Intake.App.Web;

/// <summary>
/// Short-lived cache for aggregates (queue counts, backlog report) over the whole table: they cost a scan of
/// every dossier, and a few seconds of staleness is harmless. Any change made through the dashboard
/// (<see cref="Invalidate"/>) drops them at once, so a reviewer's or secretary's action shows immediately;
/// pipeline writes show within the time-to-live.
/// </summary>
public sealed class DashboardCache : Intake.Pipeline.Dossiers.IDossierChangeListener
{
    private readonly ConcurrentDictionary<string, (long Version, DateTime Until, Task<object> Value)> entries = new();
    private long version;

    public void Invalidate() => Interlocked.Increment(ref version);

    public void DossiersChanged() => Invalidate();

    public async Task<T> GetAsync<T>(string key, TimeSpan ttl, Func<Task<T>> factory) where T : class
    {
        var v = Interlocked.Read(ref version);
        var now = DateTime.UtcNow;
        if (entries.TryGetValue(key, out var e) && e.Version == v && e.Until > now && !e.Value.IsFaulted)
            return (T)await e.Value;
        var task = Wrap(factory);
        entries[key] = (v, now + ttl, task);
        return (T)await task;
    }

    private static async Task<object> Wrap<T>(Func<Task<T>> factory) where T : class => await factory();
}
