namespace Intake.Extraction.Documents.Mrz;

/// <summary>ICAO 9303 check digits (weights 7, 3, 1; A–Z = 10–35; '&lt;' = 0) and OCR repair of digit fields.</summary>
public static class MrzCheck
{
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 0,
    };

    public static int Compute(string field)
    {
        int[] weights = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < field.Length; i++) sum += Value(field[i]) * weights[i % 3];
        return sum % 10;
    }

    public static bool Verify(string field, char check) => RepairDigit(check) is { } d && Compute(field) == d - '0';

    /// <summary>O→0, I/L→1, B→8, S→5, Z→2, G→6, Q/D→0, T→7 in a field that must be numeric.</summary>
    public static string RepairDigits(string s) => new(s.Select(c => RepairDigit(c) ?? c).ToArray());

    public static char? RepairDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        'O' or 'Q' or 'D' or 'U' => '0',
        'I' or 'L' => '1',
        'Z' => '2',
        'S' => '5',
        'G' => '6',
        'T' => '7',
        'B' => '8',
        '<' => '0',
        _ => null,
    };
}
