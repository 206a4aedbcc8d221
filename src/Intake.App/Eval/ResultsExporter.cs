using System.Text.Json.Nodes;
using Dapper;
using Intake.Domain.Fields;
using Outcomes = Intake.Domain.Rules.Outcomes;
using Intake.Domain.Rules.Json;
using Intake.Evaluation.Results;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.App.Eval;

/// <summary>Reads what the pipeline decided from the database and writes it in the results.json shape.</summary>
public static class ResultsExporter
{
    private sealed record FileRow(long Id, string Status, string? ErrorFr, int? PageCount, int? OcrPageCount);
    private sealed record DocRow(long Id, long FileId, int FirstPage, int LastPage, string Type, float TypeConfidence, string? DossierNumber);
    private sealed class DossierRow
    {
        public string Number { get; init; } = "";
        public string? Facts { get; init; }
        public string? Decision { get; init; }
        public string? Gravity { get; init; }
        public string? Procedure { get; init; }
        public string? LikelyPayer { get; init; }
        public string[] Flags { get; init; } = [];
        public bool Complete { get; init; }
        public DateOnly? CompleteDate { get; init; }
        public DateOnly? AvisDue { get; init; }
    }

    public static async Task<ResultsFile> ExportAsync(Database db, IReadOnlyList<(string Path, long FileId)> files, double wallSeconds)
    {
        await using var conn = await db.OpenAsync();
        var fileRows = (await conn.QueryAsync<FileRow>("""
            select id, status, error_fr as ErrorFr, page_count as PageCount, ocr_page_count as OcrPageCount from intake_file
            """)).ToDictionary(f => f.Id);
        var docs = (await conn.QueryAsync<DocRow>("""
            select d.id, d.file_id as FileId, d.first_page as FirstPage, d.last_page as LastPage, d.type, d.type_confidence as TypeConfidence, x.number as DossierNumber
            from document d left join dossier x on x.id = d.dossier_id order by d.file_id, d.first_page
            """)).ToLookup(d => d.FileId);
        var fields = (await conn.QueryAsync<StoredField>($"select {StoredField.Columns} from field")).ToLookup(f => f.DocumentId);

        var results = new List<FileResult>();
        foreach (var (path, fileId) in files)
        {
            var f = fileRows[fileId];
            var quarantined = f.Status == "quarantined";
            results.Add(new FileResult
            {
                Path = path,
                Status = quarantined ? FileResult.Quarantined : FileResult.Processed,
                Error = quarantined ? f.ErrorFr : null,
                Pages = f.PageCount ?? 0,
                Documents = quarantined ? [] : docs[fileId].Select(d => new DocumentResult
                {
                    Type = d.Type,
                    Pages = [d.FirstPage, d.LastPage],
                    Dossier = d.DossierNumber,
                    TypeConfidence = Math.Round(d.TypeConfidence, 3),
                    Fields = fields[d.Id].ToDictionary(x => x.Key, x => new FieldEntry
                    {
                        Value = JsonNode.Parse(x.Value),
                        Confidence = Math.Round(x.Confidence, 3),
                        Page = x.Page,
                        Bbox = x.Bbox is { Length: 4 } b ? b.Select(v => Math.Round((double)v, 1)).ToArray() : null,
                    }),
                }).ToList(),
            });
        }

        var dossiers = (await conn.QueryAsync<DossierRow>("""
            select number, facts::text as Facts, decision::text as Decision, gravity, procedure, likely_payer as LikelyPayer, flags,
                   complete, complete_date as CompleteDate, avis_due as AvisDue
            from dossier order by id
            """)).Select(ToResult).ToList();

        var counted = files.Select(f => f.FileId).Distinct().Select(id => fileRows[id]).ToList();
        return new ResultsFile
        {
            Files = results,
            Dossiers = dossiers,
            Timing = new Timing
            {
                WallSeconds = Math.Round(wallSeconds, 1),
                Pages = counted.Sum(f => f.PageCount ?? 0),
                OcrPages = counted.Sum(f => f.OcrPageCount ?? 0),
            },
        };
    }

    private static DossierResult ToResult(DossierRow d)
    {
        var facts = new Dictionary<string, JsonNode?>();
        if (d.Facts is not null && JsonNode.Parse(d.Facts) is JsonObject o)
            foreach (var (k, v) in o) facts[k] = v?.DeepClone();
        // The stored decision, read with the codec that wrote it.
        var decision = d.Decision is null ? new DecisionJson() : DecisionJson.Parse(d.Decision);
        return new DossierResult
        {
            Id = d.Number,
            Facts = facts,
            Gravity = new GravityResult { Outcome = d.Gravity ?? Outcomes.Unknown, Grounds = decision.Gravity.Grounds.ToList() },
            Procedure = d.Procedure,
            LikelyPayer = d.LikelyPayer,
            Flags = d.Flags.ToList(),
            Tasks = decision.Tasks.ToList(),
            Missing = decision.Missing.Select(m => new MissingItem { Item = m.Item, Severity = m.Severity }).ToList(),
            Complete = d.Complete,
            CompleteDate = d.CompleteDate is DateOnly c ? FieldValueJson.FormatDate(c) : null,
            AvisDue = d.AvisDue is DateOnly a ? FieldValueJson.FormatDate(a) : null,
        };
    }
}
