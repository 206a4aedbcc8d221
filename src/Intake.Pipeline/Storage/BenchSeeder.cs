using Dapper;

namespace Intake.Pipeline.Storage;

/// <summary>
/// Seeds a benchmark database for `intake bench-web` in a few set-based statements (generate_series): one file per dossier, its pages
/// spread over the files, two documents per file (claim form + medical record), three fields per claim form,
/// a correction every 20 dossiers, some unattached mail, and a realistic mix of statuses, flags and clocks.
/// </summary>
public static class BenchSeeder
{
    public static async Task SeedAsync(Database db, int dossiers, int pages, DateOnly today)
    {
        var pagesPerFile = Math.Max(2, pages / Math.Max(1, dossiers));
        await using var conn = await db.OpenAsync();
        conn.Notice += (_, _) => { };
        var p = new { n = dossiers, ppf = pagesPerFile, today, half = Math.Max(1, pagesPerFile / 3) };
        await conn.ExecuteAsync("""
            insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status, page_count, ocr_page_count, mean_confidence, created_at, processed_at)
            select md5(g::text) || md5((-g)::text), 'bench/' || g || '.pdf', 'pdf', 250000, @today - (g % 400), 'bench/none.pdf', 'processed', @ppf, @ppf, 0.9,
                   now() - (g % 400) * interval '1 day', now() - (g % 400) * interval '1 day'
            from generate_series(1, @n) g
            """, p, commandTimeout: 600);
        await conn.ExecuteAsync("""
            insert into dossier (number, status, victim_name_keys, victim_first_key, victim_birth_date, victim_nir, receipt_date, decision, facts, rule_set_version,
                                 gravity, procedure, likely_payer, flags, complete, complete_date, avis_due, review_status, reviewed_by, reviewed_at, created_at)
            select 'CCI-BENCH-' || lpad(g::text, 7, '0'),
                   (array['a_revoir', 'en_attente_pieces', 'confirme'])[1 + g % 3],
                   array['NOM' || (g % 5000)], 'PRENOM', date '1950-01-01' + (g % 20000), null, @today - (g % 400),
                   '{"gravity":{"outcome":"not_grave","grounds":[]},"procedure":"conciliation","likely_payer":null,"flags":[],"tasks":[],"missing":[],"complete":false,"complete_date":null,"avis_due":null,"rule_set_version":"bench","trail":[]}',
                   '{}', 'bench',
                   (array['grave', 'not_grave', 'unknown'])[1 + g % 3],
                   case g % 3 when 0 then 'reglement_amiable' when 1 then 'conciliation' else null end,
                   null,
                   case when g % 50 = 0 then array['PRESCRIPTION_LIKELY'] when g % 7 = 0 then array['GRAVITY_UNKNOWN', 'LOW_CONFIDENCE_INPUT']
                        when g % 11 = 0 then array['BORDERLINE_GRAVITY'] else '{}'::text[] end,
                   g % 2 = 0,
                   case when g % 2 = 0 then @today - (g % 300) end,
                   case when g % 2 = 0 then (@today - (g % 300)) + interval '6 months' end,
                   case when g % 3 = 2 then 'confirmed' else 'pending' end,
                   case when g % 3 = 2 then 'instructeur' || (g % 7) end,
                   case when g % 3 = 2 then now() - (g % 60) * interval '1 day' end,
                   now() - (g % 400) * interval '1 day'
            from generate_series(1, @n) g
            """, p, commandTimeout: 600);
        await conn.ExecuteAsync("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment)
            select f.id, 1, @half, 'demande_indemnisation', 0.95, f.received_on, case when f.id % 1000 = 0 then null else f.id end,
                   case when f.id % 1000 = 0 then 'unattached' else 'opened' end
            from intake_file f
            union all
            select f.id, @half + 1, @ppf, 'document_medical', 0.8, f.received_on, case when f.id % 1000 = 0 then null else f.id end,
                   case when f.id % 1000 = 0 then 'unattached' else 'matched' end
            from intake_file f
            """, p, commandTimeout: 600);
        await conn.ExecuteAsync("""
            insert into page (file_id, number, width, height, source, mean_confidence, predicted_type, type_confidence, text, words)
            select f, n, 595.3, 841.9, 'ocr', 0.9, 'document_medical', 0.8, 'Compte rendu opératoire du patient, page ' || n,
                   '[[["Compte",72,780,120,792,0.95],["rendu",124,780,160,792,0.93]]]'
            from generate_series(1, @n) f, generate_series(1, @ppf) n
            """, p, commandTimeout: 900);
        await conn.ExecuteAsync("""
            insert into field (document_id, key, value, confidence, page, bbox)
            select d.id, k.key, case k.key when 'victime.nom' then to_jsonb('NOM' || (d.file_id % 5000)) when 'prejudice.aipp' then to_jsonb((d.file_id % 40)::int)
                                           else to_jsonb(to_char(date '2015-01-01' + (d.file_id % 3000)::int, 'YYYY-MM-DD')) end,
                   0.5 + (d.file_id % 50) / 100.0, 1, array[100, 600, 260, 614]::real[]
            from document d, (values ('victime.nom'), ('prejudice.aipp'), ('faits.date_acte')) k(key)
            where d.type = 'demande_indemnisation'
            """, commandTimeout: 600);
        await conn.ExecuteAsync("""
            insert into correction (dossier_id, key, old_value, new_value, reason, user_name, created_at)
            select g, (array['victime.nom', 'prejudice.aipp', 'faits.date_acte'])[1 + g % 3], '"x"', '"y"', 'bench', 'instructeur' || (g % 7), now() - (g % 60) * interval '1 day'
            from generate_series(20, @n, 20) g
            """, p, commandTimeout: 600);
        await conn.ExecuteAsync("analyze", commandType: System.Data.CommandType.Text, commandTimeout: 600);
    }
}
