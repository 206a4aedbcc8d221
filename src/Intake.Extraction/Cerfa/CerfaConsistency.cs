using Intake.Domain.Fields;
using Intake.Extraction.Common;
using K = Intake.Extraction.Common.FieldKeys;

namespace Intake.Extraction.Cerfa;

/// <summary>
/// Cross-checks between the values of one claim form. Dates follow life's order (birth, the act, consolidation,
/// the signature last): a pair out of order, or a date equal to another key's, means one was read for the
/// other, and both go to review. A valid NIR encodes the sex and the year and month of birth: agreeing with it
/// makes those values surer (disagreeing proves nothing: a child is often insured under a parent's number); a NIR
/// whose key fails is rebuilt when dropping the characters a comb's edges added gives the one NIR of the victim's
/// year and month of birth. A yes/no question whose box was not read is answered yes by its filled follow-up (a
/// date of consolidation, periods of sick leave, a date of death). An act date not read in its box is the first date
/// of the description of the facts.
/// </summary>
public static class CerfaConsistency
{
    /// <summary>Confidence left to a value that contradicts another.</summary>
    public const double Doubtful = 0.5;

    public static void Apply(FieldSet set)
    {
        Ordered(set, K.VictimeDateNaissance, K.FaitsDateActe);
        Ordered(set, K.VictimeDateNaissance, K.SignatureDate);
        Ordered(set, K.VictimeDateNaissance, K.VictimeDateDeces);
        Ordered(set, K.VictimeDateNaissance, K.PrejudiceDateConsolidation);
        ActDateFromDescription(set);
        Ordered(set, K.FaitsDateActe, K.SignatureDate);
        Ordered(set, K.FaitsDateActe, K.PrejudiceDateConsolidation);
        RepairNir(set);
        AgreesWithNir(set);
        // A question answered only by what its follow-up holds: a date of consolidation is written only when the
        // state is consolidated, periods of sick leave only when there was one, a date of death only for a death.
        Implied(set, K.PrejudiceDateConsolidation, K.PrejudiceConsolide);
        Implied(set, K.PrejudiceArretPeriodes, K.PrejudiceArretTravail);
        Implied(set, K.VictimeDateDeces, K.VictimeDecedee);
    }

    private static void Ordered(FieldSet set, string earlier, string later)
    {
        if (set.Get(earlier) is not { Value: DateOnly a } fa || set.Get(later) is not { Value: DateOnly b } fb) return;
        if (a < b) return;
        // equal: the later date is the earlier one read twice (a birth date taken for the signature's)
        if (a > b) set.Replace(fa with { Confidence = Math.Min(fa.Confidence, Doubtful) });
        set.Replace(fb with { Confidence = Math.Min(fb.Confidence, Doubtful) });
    }

    /// <summary>
    /// The evidence score of an act date taken from the description: under <see cref="Calibration.SureScore"/>, a
    /// person checks it.
    /// </summary>
    public const double FromDescription = Calibration.SureScore - 0.1;

    /// <summary>
    /// An act date not read in its own box (hand-written digits in a comb, a box left empty) is the first date the
    /// description of the facts gives ("Le 12 avril 2022, j'ai été opéré…"), when it lies after the birth date and
    /// before the signature.
    /// </summary>
    private static void ActDateFromDescription(FieldSet set)
    {
        if (set.Has(K.FaitsDateActe) || set.Get(K.FaitsDescription) is not { Value: string text } fd) return;
        var birth = set.Get(K.VictimeDateNaissance)?.Value as DateOnly?;
        var signed = set.Get(K.SignatureDate)?.Value as DateOnly?;
        foreach (var d in Domain.Parsing.FrenchDateParser.FindAll(text))
        {
            if (d.RepairedChars > 0 || (birth is { } b && d.Value <= b) || (signed is { } sg && d.Value > sg)) continue;
            set.Add(new ExtractedField(K.FaitsDateActe, d.Value, Math.Min(fd.Confidence, FromDescription), fd.Page, fd.Box));
            return;
        }
    }

    /// <summary>
    /// The evidence score of a yes read from its follow-up alone (the box itself was not read): under
    /// <see cref="Calibration.SureScore"/>, so that a person checks it.
    /// </summary>
    public const double ImpliedYes = Calibration.SureScore - 0.05;

    /// <summary>A yes/no question whose box was not read, answered yes by the value its follow-up holds.</summary>
    private static void Implied(FieldSet set, string followUp, string question)
    {
        if (set.Has(question) || set.Get(followUp) is not { } f) return;
        if (f.Value is IReadOnlyList<Domain.Fields.Period> { Count: 0 }) return;
        set.Add(new ExtractedField(question, true, Math.Min(f.Confidence, ImpliedYes), f.Page, f.Box));
    }

    /// <summary>The evidence score of a NIR rebuilt from a comb's reading: under <see cref="Calibration.SureScore"/>, a person should see it.</summary>
    public const double Repaired = Calibration.SureScore - 0.05;

    /// <summary>The same without a birth date to confirm it: the key and the uniqueness alone.</summary>
    public const double RepairedAlone = Calibration.SureScore - 0.15;

    /// <summary>A NIR whose key fails, read with extra characters, rebuilt with the birth date (<see cref="Domain.Identity.NirRepair"/>).</summary>
    private static void RepairNir(FieldSet set)
    {
        if (set.Get(K.VictimeNir) is not { Value: string nir } fn || Domain.Identity.Nir.IsValid(nir)) return;
        var birth = set.Get(K.VictimeDateNaissance)?.Value as DateOnly?;
        var sex = set.Get(K.VictimeSexe)?.Value as string;
        if (Domain.Identity.NirRepair.Repair(nir, birth, sex) is string repaired)
            set.Replace(fn with { Value = repaired, Confidence = Math.Min(fn.Confidence, birth is null ? RepairedAlone : Repaired) });
    }

    private static void AgreesWithNir(FieldSet set)
    {
        if (set.Get(K.VictimeNir) is not { Value: string nir } || nir.Length != 15 || !Domain.Identity.Nir.IsValid(nir)) return;
        if (!int.TryParse(nir.AsSpan(1, 2), out int yy) || !int.TryParse(nir.AsSpan(3, 2), out int mm)) return;
        if (set.Get(K.VictimeDateNaissance) is { Value: DateOnly birth } fd && birth.Year % 100 == yy && birth.Month == mm)
            set.Replace(fd with { Confidence = Surer(fd.Confidence, 0.5) }); // the day is not in the number
        if (set.Get(K.VictimeSexe) is { Value: string sex } fs && (nir[0] == '1' ? "M" : nir[0] == '2' ? "F" : "") == sex)
            set.Replace(fs with { Confidence = Surer(fs.Confidence, 0.7) });
    }

    private static double Surer(double c, double share) => Math.Round(Math.Min(0.99, c + (1 - c) * share), 3);
}
