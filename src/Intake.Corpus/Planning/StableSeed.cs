namespace Intake.Corpus.Planning;

/// <summary>Derives independent, reproducible random sources from the corpus seed and a label (FNV-1a; never string.GetHashCode).</summary>
public static class StableSeed
{
    public static int Of(int seed, string label)
    {
        uint h = 2166136261;
        foreach (char c in $"{seed}|{label}")
        {
            h ^= c;
            h *= 16777619;
        }
        return (int)(h & 0x7FFFFFFF);
    }

    public static Random Random(int seed, string label) => new(Of(seed, label));
}
