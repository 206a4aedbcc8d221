using Intake.Pipeline;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.App.Hosting;

/// <summary>The pipeline's services, the same for the worker, the web app and `intake eval`.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddIntakePipeline(this IServiceCollection services, IntakeSettings settings)
    {
        var options = settings.Pipeline;
        services.AddSingleton(settings);
        services.AddSingleton(options);
        services.AddSingleton(_ => new Database(settings.ConnectionString));
        services.AddSingleton(_ => new ArchiveStore(options.Archive));
        services.AddSingleton(_ => new QuarantineStore(options.Quarantine));
        services.AddSingleton<Func<DateOnly>>(() => DateOnly.FromDateTime(DateTime.Now));
        services.AddSingleton(_ => StageFactory.Text(settings.Workers));
        services.AddSingleton(_ => StageFactory.Classification(Training.TrainedModels.ToLoad(settings)));
        services.AddSingleton(_ => StageFactory.Extraction());
        services.AddSingleton<FileAnalyzer>();
        services.AddSingleton<DossierRouter>();
        services.AddSingleton<SoloGate>();
        services.AddSingleton<FileProcessor>();
        services.AddSingleton<Ingestor>();
        // The writes to documents and dossiers outside the worker (dashboard, future review station).
        services.AddSingleton<ChangeRunner>();
        services.AddSingleton<DocumentReextractor>();
        services.AddSingleton<DocumentFilingService>();
        services.AddSingleton<DocumentCorrectionService>();
        services.AddSingleton<DossierReviewService>();
        services.AddSingleton<QuarantineService>();
        services.AddTransient<ProcessFileJob>();
        services.AddTransient<RecoverPendingJob>();
        services.AddTransient<Intake.Pipeline.Retention.RetentionPurgeJob>();
        services.AddTransient<Training.RetrainJob>();
        return services;
    }
}
