using System.IO.Compression;
using Intake.Classification.Model;
using Microsoft.ML;

namespace Intake.Classification.Store;

/// <summary>
/// Layout of <c>page-classifier.zip</c>: an outer zip holding the ML.NET page-type model
/// (<c>page-type.zip</c>) and, when trained, the boundary model (<c>boundary.zip</c>).
/// </summary>
internal static class ClassifierSerializer
{
    private const string TypeEntry = "page-type.zip";
    private const string BoundaryEntry = "boundary.zip";

    public static void Write(PageClassifier classifier, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, TypeEntry, classifier.Ml, classifier.TypeModel, classifier.InputSchema);
        if (classifier.BoundaryModel != null)
            WriteEntry(zip, BoundaryEntry, classifier.Ml, classifier.BoundaryModel, classifier.InputSchema);
    }

    public static PageClassifier Read(Stream input, ModelMetadata metadata, ClassifierOptions? options)
    {
        var ml = new MLContext(metadata.Seed);
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        var (typeModel, schema) = ReadEntry(zip, TypeEntry, ml)
            ?? throw new InvalidDataException($"Le fichier du modèle ne contient pas « {TypeEntry} ».");
        ITransformer? boundary = null;
        if (metadata.HasBoundaryModel)
        {
            (boundary, _) = ReadEntry(zip, BoundaryEntry, ml)
                ?? throw new InvalidDataException($"Le fichier du modèle ne contient pas « {BoundaryEntry} ».");
        }
        return new PageClassifier(ml, typeModel, boundary, schema, metadata.Labels, metadata.Temperature, metadata.SameTypeBoundaryOffsets, options);
    }

    private static void WriteEntry(ZipArchive zip, string name, MLContext ml, ITransformer model, DataViewSchema schema)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(model, schema, buffer);
        buffer.Position = 0;
        using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        buffer.CopyTo(entry);
    }

    private static (ITransformer, DataViewSchema)? ReadEntry(ZipArchive zip, string name, MLContext ml)
    {
        var entry = zip.GetEntry(name);
        if (entry == null) return null;
        var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out var schema);
        return (model, schema);
    }
}
