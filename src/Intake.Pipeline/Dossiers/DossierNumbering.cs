using System.Globalization;
using Dapper;
using Intake.Pipeline.Attachment;
using Npgsql;

namespace Intake.Pipeline.Dossiers;

/// <summary>A dossier just opened: its row id and its number (CCI-YYYY-NNNNNN).</summary>
public sealed record OpenedDossier(long Id, string Number);

/// <summary>
/// Opens dossiers: the one statement that numbers them, CCI-YYYY-NNNNNN, YYYY the year the claim was received,
/// NNNNNN from the sequence dossier_number_seq. Used by the attacher (a claim form) and by the secretariat
/// (a dossier opened by hand for unattached mail), always under <see cref="DossierAttacher.LockAsync"/>.
/// </summary>
public static class DossierNumbering
{
    public static Task<OpenedDossier> OpenAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentIdentity id, DateOnly receivedOn) =>
        conn.QuerySingleAsync<OpenedDossier>("""
            insert into dossier (number, victim_name_keys, victim_first_key, victim_birth_date, victim_nir, act_date, receipt_date)
            values ('CCI-' || @year || '-' || lpad(nextval('dossier_number_seq')::text, 6, '0'), @names, @first, @birth, @nir, @act, @received)
            returning id, number
            """, new
        {
            year = receivedOn.Year.ToString(CultureInfo.InvariantCulture),
            names = id.NameKeys.ToArray(),
            first = id.FirstNameKey is { Length: > 1 } f ? f : null,
            birth = id.BirthDate,
            nir = id.Nir,
            act = id.ActDate,
            received = receivedOn,
        }, tx);
}
