namespace Intake.Reliability.Tests.Infrastructure;

/// <summary>Seeded byte-level mutations of valid files, the kind a bad transfer or a fuzzer produces.</summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    public (string Kind, byte[] Bytes) Mutate(byte[] original)
    {
        var b = (byte[])original.Clone();
        switch (_random.Next(6))
        {
            case 0:
                for (int i = 0, n = _random.Next(1, 40); i < n; i++) b[_random.Next(b.Length)] = (byte)_random.Next(256);
                return ("random bytes", b);
            case 1:
                return ("truncated", b[.._random.Next(1, b.Length)]);
            case 2:
            {
                int at = _random.Next(b.Length), len = Math.Min(_random.Next(1, 4096), b.Length - at);
                Array.Clear(b, at, len);
                return ("zeroed range", b);
            }
            case 3:
            {
                var junk = new byte[_random.Next(1, 2048)];
                _random.NextBytes(junk);
                int at = _random.Next(b.Length);
                return ("inserted junk", [.. b[..at], .. junk, .. b[at..]]);
            }
            case 4:
            {
                int at = _random.Next(b.Length), len = Math.Min(_random.Next(1, 8192), b.Length - at);
                int to = _random.Next(b.Length);
                return ("duplicated range", [.. b[..to], .. b[at..(at + len)], .. b[to..]]);
            }
            default:
            {
                // Digits changed: lengths, offsets, counts and sizes in PDF dictionaries and xref tables.
                for (int i = 0, n = _random.Next(1, 12); i < n; i++)
                {
                    int at = _random.Next(b.Length);
                    while (at < b.Length && !char.IsAsciiDigit((char)b[at])) at++;
                    if (at < b.Length) b[at] = (byte)('0' + _random.Next(10));
                }
                return ("digits changed", b);
            }
        }
    }
}
