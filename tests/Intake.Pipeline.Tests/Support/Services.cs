using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;

namespace Intake.Pipeline.Tests.Support;

/// <summary>The dossier services as the hosts build them (real router, real text and extraction stages), on a test database.</summary>
public sealed class Services : IDossierChangeListener, IJobQueue, IDisposable
{
    public static readonly DateOnly Today = new(2026, 3, 20);

    public Services(Database db, string archiveRoot)
    {
        Archive = new ArchiveStore(archiveRoot);
        Text = StageFactory.Text(1);
        var runner = new ChangeRunner(db, new DossierRouter(), () => Today, [this]);
        Filing = new DocumentFilingService(runner);
        Review = new DossierReviewService(runner);
        Documents = new DocumentCorrectionService(runner, db, new DocumentReextractor(Archive, Text, StageFactory.Extraction()));
        Quarantine = new QuarantineService(runner, this);
    }

    public QuarantineService Quarantine { get; }

    /// <summary>The files whose processing job was queued (the hosts' queue is Hangfire).</summary>
    public List<long> Queued { get; } = [];

    public void EnqueueProcessFile(long fileId) => Queued.Add(fileId);

    public ArchiveStore Archive { get; }
    public ITextStage Text { get; }
    public DocumentFilingService Filing { get; }
    public DossierReviewService Review { get; }
    public DocumentCorrectionService Documents { get; }

    /// <summary>How many committed changes the listeners were told about.</summary>
    public int Notified { get; private set; }

    public void DossiersChanged() => Notified++;

    public void Dispose() => (Text as IDisposable)?.Dispose();
}
