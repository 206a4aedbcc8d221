namespace Intake.Domain.Fields;

/// <summary>A period of calendar days, both ends included; a DFT period also has its rate (taux, percent).</summary>
public sealed record Period(DateOnly Debut, DateOnly Fin, int? Taux = null)
{
    public int Days => Fin.DayNumber - Debut.DayNumber + 1;
}
