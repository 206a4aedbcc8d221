using Hangfire;
using Intake.App.Hosting;
using Intake.Pipeline.Storage;

namespace Intake.App.Training;

/// <summary>
/// Recurring job, scheduled by WebHost.ScheduleRecurringJobs on INTAKE_RETRAIN_CRON (nightly at 02:00 by default,
/// "off" removes it): when reviewers have confirmed documents since the model was trained (the training
/// data's hash changed), retrain the page classifier and replace it only if it is not worse on held-out pages.
/// The model holds real pages' vocabulary: it goes to INTAKE_HOME/models (<see cref="TrainedModels"/>), never to
/// the tracked models/ folder. Workers that loaded that folder pick the new model up by themselves
/// (Steps/ClassificationStage reloads it when its checksum changes); workers started before the first local model
/// existed load it at their next start.
/// </summary>
public sealed class RetrainJob(Database db, IntakeSettings settings, ILogger<RetrainJob> log)
{
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        var confirmed = await TrainingData.ConfirmedAsync(db, ct);
        if (confirmed.Count == 0)
        {
            log.LogInformation("Classifier retraining skipped: no reviewer-confirmed documents yet");
            return;
        }
        var pages = TrainingData.Generated(TrainingData.DefaultGeneratedPages).Concat(confirmed).ToList();
        var outcome = ModelTraining.TrainAndReplace(TrainedModels.TargetFor(settings), pages, force: false, DateTimeOffset.UtcNow);
        log.LogInformation("Classifier retraining: {Outcome}", outcome);
    }
}
