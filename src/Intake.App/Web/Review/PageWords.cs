using System.Text.Json;
using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Review;

/// <summary>One word read on a page (text layer or OCR), with its box in PDF points from the bottom-left corner.</summary>
public sealed record PageWord(string Text, double X0, double Y0, double X1, double Y1);

/// <summary>The stored words of a page (<c>page.words</c>: lines of [text, x0, y0, x1, y1, confidence]) for the viewer.</summary>
public sealed class PageWords(Database db)
{
    public async Task<IReadOnlyList<PageWord>> LoadAsync(long fileId, int page)
    {
        await using var conn = await db.OpenAsync();
        var json = await conn.ExecuteScalarAsync<string?>("select words::text from page where file_id = @fileId and number = @page", new { fileId, page });
        return Parse(json);
    }

    public static IReadOnlyList<PageWord> Parse(string? json)
    {
        var words = new List<PageWord>();
        if (string.IsNullOrEmpty(json)) return words;
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Array) return words;
        foreach (var line in doc.RootElement.EnumerateArray())
        {
            if (line.ValueKind != JsonValueKind.Array) continue;
            foreach (var w in line.EnumerateArray())
                if (w.ValueKind == JsonValueKind.Array && w.GetArrayLength() >= 5 && w[0].ValueKind == JsonValueKind.String)
                    words.Add(new PageWord(w[0].GetString()!, w[1].GetDouble(), w[2].GetDouble(), w[3].GetDouble(), w[4].GetDouble()));
        }
        return words;
    }
}
