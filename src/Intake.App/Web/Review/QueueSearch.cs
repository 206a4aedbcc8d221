using System.Globalization;
using Intake.Domain.Identity;

namespace Intake.App.Web.Review;

/// <summary>
/// What a reviewer typed in the queue's search box: a dossier number or part of it ("CCI-2026-0001", "000123"), a
/// birth date (JJ/MM/AAAA), or the start of a name (matched on the dossier's name keys). Wildcards typed match
/// only themselves.
/// </summary>
public sealed record QueueSearch(string? NumberLike, DateOnly? BirthDate, string? NameKey)
{
    public static QueueSearch Parse(string? text)
    {
        var q = (text ?? "").Trim();
        if (q.Length == 0) return new(null, null, null);
        if (DateOnly.TryParseExact(q, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            return new(null, birth, null);
        if (q.StartsWith("CCI", StringComparison.OrdinalIgnoreCase) || q.All(c => char.IsAsciiDigit(c) || c == '-'))
            return new("%" + Mail.UnattachedMail.LikePrefix(q.ToUpperInvariant()), null, null);
        var key = PersonName.Key(q);
        return key.Length == 0 ? new(null, null, null) : new(null, null, Mail.UnattachedMail.LikePrefix(key));
    }
}
