namespace Intake.Pipeline.Jobs;

/// <summary>Queues the processing of a stored file. Arguments are ids only, never documents.</summary>
public interface IJobQueue
{
    void EnqueueProcessFile(long fileId);
}
