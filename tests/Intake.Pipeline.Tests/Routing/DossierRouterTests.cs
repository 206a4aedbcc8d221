using Dapper;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Routing;

/// <summary>Stage 8: facts consolidated from the documents and the reviewers' corrections, the decision and the clocks stored.</summary>
public sealed class DossierRouterTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1970, 5, 12);

    [Fact]
    public async Task A_reviewers_value_wins_over_the_documents_and_the_victims_keys_are_filled_from_the_facts()
    {
        var dossier = await Store.DossierAsync(Db); // opened by hand: no keys yet
        var fileId = await Store.FileAsync(Db);
        await Store.DocumentAsync(Db, fileId, "demande_indemnisation", dossier.Id, Who.Fields("Le Gall", "Anne Marie", Born, Who.Nir("2700575123456")), 1, 2, "manual");
        await using var conn = await Db.OpenAsync();
        await conn.ExecuteAsync("""
            insert into correction (dossier_id, key, old_value, new_value, reason, user_name)
            values (@Id, 'victime.date_naissance', '"1970-05-12"', '"1970-06-12"', 'pièce d''identité', 'remi')
            """, dossier);
        var decision = await new DossierRouter().RouteOneAsync(conn, null, dossier.Id, Services.Today, CancellationToken.None);
        var row = await conn.QuerySingleAsync<(string Names, string First, string Nir, DateTime Birth, string Facts)>("""
            select array_to_string(victim_name_keys, ','), victim_first_key, victim_nir, victim_birth_date::timestamp, facts::text from dossier where id = @Id
            """, dossier);
        Assert.Equal(("LEGALL", "ANNE", Who.Nir("2700575123456")), (row.Names, row.First, row.Nir));
        Assert.Equal(new DateOnly(1970, 6, 12), DateOnly.FromDateTime(row.Birth)); // the reviewer's date, not the form's
        Assert.Contains("\"victime.date_naissance\": \"1970-06-12\"", row.Facts, StringComparison.Ordinal);
        Assert.NotEmpty(decision.RuleSetVersion);
    }

    [Fact]
    public async Task A_stored_complete_date_never_moves_silently()
    {
        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        await using var conn = await Db.OpenAsync();
        await conn.ExecuteAsync("update dossier set complete_date = date '2026-01-15' where id = @Id", dossier);
        await new DossierRouter().RouteOneAsync(conn, null, dossier.Id, Services.Today, CancellationToken.None);
        var (date, flags) = await conn.QuerySingleAsync<(DateTime, string[])>("select complete_date::timestamp, flags from dossier where id = @Id", dossier);
        Assert.Equal(new DateOnly(2026, 1, 15), DateOnly.FromDateTime(date));
        Assert.Contains("COMPLETE_DATE_TO_CONFIRM", flags);
    }
}
