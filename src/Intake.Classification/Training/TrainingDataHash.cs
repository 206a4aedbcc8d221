using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Classification.Training;

/// <summary>
/// SHA-256 over the ordered training examples (every field, length-prefixed), so a retraining on
/// unchanged data can be skipped.
/// </summary>
public static class TrainingDataHash
{
    public static string Compute(IEnumerable<TrainingPage> pages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var p in pages)
        {
            Append(hash, p.Text);
            Append(hash, p.Type);
            Append(hash, p.IsFirstPage ? "1" : "0");
            Append(hash, p.PageIndex.ToString(CultureInfo.InvariantCulture));
            Append(hash, p.PageCount.ToString(CultureInfo.InvariantCulture));
            Append(hash, p.MeanConfidence?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
            Append(hash, p.IsBlank ? "1" : "0");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
