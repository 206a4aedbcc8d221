using Intake.Corpus.People;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Content;

/// <summary>
/// The random (seeded) particulars of one dossier: who the people are, where it happened, which doctors and
/// fund — everything that is NOT legally relevant and may change with the seed.
/// </summary>
public sealed class DossierContext
{
    public DossierContext(Scenario scenario, string key, Random rng, IReadOnlyList<DateOnly> mailDays)
    {
        Scenario = scenario;
        Key = key;
        Rng = rng;
        MailDays = mailDays;
        var people = new PersonFactory(rng);
        Victim = scenario.Situation switch
        {
            VictimSituation.Minor => people.Create(new DateOnly(2013, 1, 1), new DateOnly(2013, 6, 30)),
            VictimSituation.Retired => people.Create(new DateOnly(1940, 1, 1), new DateOnly(1955, 12, 31)),
            VictimSituation.Protected => people.Create(new DateOnly(1950, 1, 1), new DateOnly(1985, 12, 31)),
            VictimSituation.Deceased => people.Create(new DateOnly(1945, 1, 1), new DateOnly(1975, 12, 31)),
            _ => people.Create(new DateOnly(1955, 1, 1), new DateOnly(1995, 12, 31), married: rng.Next(3) == 0),
        };
        Filer = scenario.Qualite switch
        {
            "representant_legal" when scenario.Situation == VictimSituation.Minor =>
                people.Create(new DateOnly(1978, 1, 1), new DateOnly(1990, 12, 31), "F", Victim.BirthName, nationality: Victim.Nationality),
            "representant_legal" => people.Create(Victim.BirthDate.AddYears(-3), Victim.BirthDate.AddYears(3),
                Victim.Sex == "F" ? "M" : "F", Victim.Surname, nationality: Victim.Nationality),
            "ayant_droit" => people.Create(Victim.BirthDate.AddYears(24), Victim.BirthDate.AddYears(32), surname: Victim.Surname, nationality: Victim.Nationality),
            "tuteur" or "curateur" => people.Create(new DateOnly(1950, 1, 1), new DateOnly(1985, 12, 31)),
            _ => null,
        };
        FilerLink = scenario.Qualite switch
        {
            "representant_legal" when scenario.Situation == VictimSituation.Minor => "mère",
            "representant_legal" => Victim.Sex == "F" ? "époux" : "épouse",
            "ayant_droit" => Filer!.Sex == "F" ? "fille" : "fils",
            "tuteur" or "curateur" => rng.Next(2) == 0 ? "mandataire judiciaire" : (Filer!.Sex == "F" ? "sœur" : "frère"),
            _ => null,
        };
        Establishment = people.Pick(FrenchData.Establishments);
        Professional = people.DoctorName();
        Specialty = people.Pick(FrenchData.Specialties);
        Caisse = people.Pick(FrenchData.Caisses);
        ActText = people.Pick(FrenchData.Acts);
        DamageText = scenario.DamageType == "infection_nosocomiale" ? "une infection nosocomiale à staphylocoque doré" : people.Pick(FrenchData.Damages);
        Expert = people.DoctorName();
        CertDoctor = people.DoctorName();
        Insurer = people.Pick(FrenchData.Insurers);
        Court = people.Pick(FrenchData.Courts);
        HasLawyer = rng.Next(4) == 0;
        Lawyer = people.DoctorName();
        LawFirm = people.Pick(FrenchData.LawFirms);
        LawyerAddress = $"{rng.Next(1, 60)} {people.Pick(FrenchData.Streets)}, {people.Pick(FrenchData.Communes).Commune}";
        DocumentNumber = $"{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}{rng.Next(1000000, 9999999)}";
        Service = people.Pick(FrenchData.Services);
        Anaesthetist = people.DoctorName();
        WardDoctor = people.DoctorName();
        FamilyDoctor = people.DoctorName();
        Employer = people.Pick(FrenchData.Employers);
        EstablishmentStreet = $"{rng.Next(1, 180)} {people.Pick(FrenchData.Streets)}";
        Factory = people;
    }

    public Scenario Scenario { get; }
    public string Key { get; }
    public Random Rng { get; }
    public IReadOnlyList<DateOnly> MailDays { get; }
    public Person Victim { get; }
    public Person? Filer { get; }
    public string? FilerLink { get; }
    public (string Name, string Commune, string PostCode) Establishment { get; }
    public string Professional { get; }
    public string Specialty { get; }
    public string Caisse { get; }
    public string ActText { get; }
    public string DamageText { get; }
    public string Expert { get; }
    public string CertDoctor { get; }
    public string Insurer { get; }
    public string Court { get; }
    public bool HasLawyer { get; }
    public string Lawyer { get; }
    public string LawFirm { get; }
    public string LawyerAddress { get; }
    public string DocumentNumber { get; }
    /// <summary>The hospital ward where the act took place.</summary>
    public string Service { get; }
    public string Anaesthetist { get; }
    /// <summary>The hospital doctor who signs the discharge papers.</summary>
    public string WardDoctor { get; }
    /// <summary>The victim's general practitioner (médecin traitant).</summary>
    public string FamilyDoctor { get; }
    public string Employer { get; }
    public string EstablishmentStreet { get; }
    /// <summary>Draws further people and places (lab staff, notaries, …) from the dossier's random source.</summary>
    public PersonFactory Factory { get; }

    /// <summary>The person who signs the claim: the filer, or the victim.</summary>
    public Person Claimant => Filer ?? Victim;

    /// <summary>A date a few days before the mail day the piece arrives on (letters are dated before posting).</summary>
    public DateOnly DatedBefore(int day, int minDays = 2, int maxDays = 9) =>
        MailDays[day].AddDays(-Rng.Next(minDays, maxDays + 1));

    public string Pick(params string[] options) => options[Rng.Next(options.Length)];

    public bool Chance(double p) => Rng.NextDouble() < p;
}
