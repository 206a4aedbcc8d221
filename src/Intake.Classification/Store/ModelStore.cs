using System.Security.Cryptography;
using System.Text.Json;
using Intake.Classification.Model;
using Intake.Classification.Training;

namespace Intake.Classification.Store;

/// <summary>What <see cref="ModelStore.ReplaceIfNotWorse"/> decided.</summary>
/// <param name="Replaced">The candidate is now the stored model.</param>
/// <param name="CandidateAccuracy">Candidate's accuracy on the held-out set.</param>
/// <param name="CurrentAccuracy">Stored model's accuracy on the same set; null when there was no usable stored model.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record ReplaceOutcome(bool Replaced, double CandidateAccuracy, double? CurrentAccuracy, string Reason);

/// <summary>
/// The page classifier on disk: <c>page-classifier.zip</c> (models) and <c>page-classifier.json</c>
/// (<see cref="ModelMetadata"/>) in one folder, normally <c>models/</c> at the project root.
/// Saving is atomic; loading checks the format version, the label set and the zip's checksum.
/// </summary>
public sealed class ModelStore(string directory)
{
    public const string ModelFileName = "page-classifier.zip";
    public const string MetadataFileName = "page-classifier.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public string Directory { get; } = directory;
    public string ModelPath => Path.Combine(Directory, ModelFileName);
    public string MetadataPath => Path.Combine(Directory, MetadataFileName);

    public bool Exists => File.Exists(ModelPath) && File.Exists(MetadataPath);

    /// <summary>The stored metadata, or null when there is no model.</summary>
    public ModelMetadata? ReadMetadata()
    {
        if (!File.Exists(MetadataPath)) return null;
        try
        {
            return JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(MetadataPath), Json)
                ?? throw new InvalidDataException("vide");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"Métadonnées du modèle illisibles ({MetadataPath}) : {e.Message}", e);
        }
    }

    /// <summary>True when a usable model of the current format was trained on exactly this data.</summary>
    public bool IsUpToDate(string trainingDataHash)
    {
        if (!Exists) return false;
        try
        {
            var metadata = ReadMetadata();
            return metadata != null && metadata.FormatVersion == ModelMetadata.CurrentFormatVersion
                && metadata.TrainingDataHash == trainingDataHash;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Loads the stored classifier; throws <see cref="InvalidDataException"/> with a clear message when it does not fit.</summary>
    public PageClassifier Load(ClassifierOptions? options = null)
    {
        if (!Exists)
            throw new FileNotFoundException(
                $"Aucun modèle de classification des pages dans {Directory} (attendu : {ModelFileName} et {MetadataFileName}).");
        var metadata = ReadMetadata()!;
        Check(metadata);
        byte[] bytes = File.ReadAllBytes(ModelPath);
        if (metadata.ModelSha256 != null && metadata.ModelSha256 != Sha256(bytes))
            throw new InvalidDataException(
                $"Le fichier {ModelFileName} ne correspond pas à {MetadataFileName} (somme de contrôle différente) : réentraîner ou restaurer le modèle.");
        using var stream = new MemoryStream(bytes, writable: false);
        return ClassifierSerializer.Read(stream, metadata, options);
    }

    /// <summary>Writes the classifier and its metadata atomically (temp file, fsync, rename); returns the metadata written.</summary>
    public ModelMetadata Save(PageClassifier classifier, ModelMetadata metadata)
    {
        System.IO.Directory.CreateDirectory(Directory);
        string modelTemp = AtomicFile.WriteTemp(ModelPath, s => ClassifierSerializer.Write(classifier, s));
        string? metadataTemp = null;
        try
        {
            var written = metadata with { ModelSha256 = Sha256(File.ReadAllBytes(modelTemp)) };
            metadataTemp = AtomicFile.WriteTemp(MetadataPath, s => JsonSerializer.Serialize(s, written, Json));
            // Model first, then metadata: a crash in between leaves a checksum mismatch that Load reports.
            AtomicFile.Commit(modelTemp, ModelPath);
            AtomicFile.Commit(metadataTemp, MetadataPath);
            return written;
        }
        finally
        {
            File.Delete(modelTemp);
            if (metadataTemp != null) File.Delete(metadataTemp);
        }
    }

    public ModelMetadata Save(TrainingResult result) => Save(result.Classifier, result.Metadata);

    /// <summary>
    /// Keeps the stored model unless the candidate's accuracy on <paramref name="heldOut"/> is at least the stored
    /// model's on the same pages. A missing or unusable stored model (old format, other labels) is replaced.
    /// </summary>
    public ReplaceOutcome ReplaceIfNotWorse(TrainingResult candidate, IReadOnlyList<TrainingPage> heldOut)
    {
        double candidateAccuracy = ClassifierEvaluator.Evaluate(candidate.Classifier, heldOut).Accuracy;
        PageClassifier current;
        try
        {
            current = Load();
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Save(candidate);
            return new ReplaceOutcome(true, candidateAccuracy, null, $"no usable stored model: {e.Message}");
        }
        using (current)
        {
            double currentAccuracy = ClassifierEvaluator.Evaluate(current, heldOut).Accuracy;
            if (candidateAccuracy < currentAccuracy)
                return new ReplaceOutcome(false, candidateAccuracy, currentAccuracy,
                    $"candidate accuracy {candidateAccuracy:F4} < stored {currentAccuracy:F4}");
            Save(candidate);
            return new ReplaceOutcome(true, candidateAccuracy, currentAccuracy,
                $"candidate accuracy {candidateAccuracy:F4} >= stored {currentAccuracy:F4}");
        }
    }

    private static void Check(ModelMetadata metadata)
    {
        if (metadata.FormatVersion != ModelMetadata.CurrentFormatVersion)
            throw new InvalidDataException(
                $"Version de format du modèle {metadata.FormatVersion} non prise en charge (attendue : {ModelMetadata.CurrentFormatVersion}) : réentraîner le modèle.");
        if (metadata.Labels is null || !metadata.Labels.SequenceEqual(ClassifierTrainer.Labels))
            throw new InvalidDataException(
                $"Les types de documents du modèle ({string.Join(", ", metadata.Labels ?? [])}) ne correspondent pas à ceux attendus ({string.Join(", ", ClassifierTrainer.Labels)}) : réentraîner le modèle.");
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
