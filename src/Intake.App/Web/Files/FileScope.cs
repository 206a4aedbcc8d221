using System.Security.Claims;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Files;

/// <summary>
/// Which files a user may open (detail, page text, page images): reviewers and administrators any; the
/// secretariat only the mail it handles — files holding a document no dossier claims yet, or no document at
/// all (waiting, quarantined). Once every document of a file is in a dossier, the file is the reviewers'.
/// A file out of scope answers 404, as a file that does not exist.
/// </summary>
public sealed class FileScope(Database db)
{
    public async Task<bool> CanOpenAsync(ClaimsPrincipal user, long fileId)
    {
        if (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin)) return true;
        if (!user.IsInRole(Roles.Secretariat)) return false;
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<bool>($"select {SecretariatCanOpen} from intake_file f where f.id = @fileId", new { fileId });
    }

    /// <summary>The secretariat's scope as a condition on a file aliased <c>f</c> (the file list links only those files).</summary>
    public const string SecretariatCanOpen =
        "(exists (select 1 from document d where d.file_id = f.id and d.dossier_id is null) or not exists (select 1 from document d where d.file_id = f.id))";
}
