using Intake.Domain.Fields;

namespace Intake.Corpus.Scenarios;

/// <summary>The victim's legal situation (rules.md R-ADM-STANDING).</summary>
public enum VictimSituation { Adult, Minor, Protected, Deceased, Retired }

/// <summary>A piece of mail a dossier can receive.</summary>
public enum Piece
{
    CoverLetter, Cerfa, IdVictim, IdFiler, Certificat, DocMedical, Attestation, ArretTravail,
    ActeDeces, Lien, Jugement, Report, InsurerLetter,
}

/// <summary>How a file is produced.</summary>
public enum FileKind { ScannedPdf, TextPdf, MixedPdf, AcroFormPdf, Tiff, TiffG4, Jpeg, Png }

/// <summary>What the insurer answered, when it did.</summary>
public enum InsurerReply { None, NoInsurance, Refusal, CoverExpired }

/// <summary>One file of a dossier's mail: the day index it arrives on, the pieces in it, and how it is produced.</summary>
public sealed record MailFile(int Day, Piece[] Pieces, FileKind Kind);

/// <summary>Facts an expert report states. Null means "not stated".</summary>
public sealed record ReportFacts
{
    public bool? Consolide { get; init; }
    public DateOnly? Consolidation { get; init; }
    public int? Aipp { get; init; }
    public Period[] Dft { get; init; } = [];
    /// <summary>Empty array = the report states there was no stop of activity.</summary>
    public Period[] Atap { get; init; } = [];
    public bool Inaptitude { get; init; }
    public bool Deces { get; init; }
    public bool Nosocomial { get; init; }
    /// <summary>"etablissement" or "professionnel" when a fault is found.</summary>
    public string? FaultBy { get; init; }
    public bool Alea { get; init; }
}

/// <summary>Outcomes derived BY HAND from rules.md "Precise definitions" 1–14; never computed by code.</summary>
public sealed record Expected
{
    public string? Procedure { get; init; }
    public required string Gravity { get; init; }
    public string[] Grounds { get; init; } = [];
    public string? Payer { get; init; }
    public string[] Flags { get; init; } = [];
    public string[] Tasks { get; init; } = [];
    /// <summary>Missing items after the last document, as "item:severity".</summary>
    public string[] Missing { get; init; } = [];
    /// <summary>Index of the mail day on which the dossier became complete; null when it never did.</summary>
    public int? CompleteDay { get; init; }
}

/// <summary>A dossier scenario: its legally relevant facts (fixed), its mail plan, and its expected outcomes.</summary>
public sealed record Scenario
{
    public required string Id { get; init; }
    /// <summary>The scenario-catalogue entries this dossier covers.</summary>
    public required string[] Covers { get; init; }
    public VictimSituation Situation { get; init; } = VictimSituation.Adult;
    /// <summary>demandeur.qualite ticked on the form.</summary>
    public string Qualite { get; init; } = "victime";
    public required DateOnly ActDate { get; init; }
    public string DamageType { get; init; } = "accident_medical";
    public bool Liberal { get; init; }
    public bool? FormConsolide { get; init; }
    public DateOnly? FormConsolidation { get; init; }
    public int? FormAipp { get; init; }
    public Period[] FormArret { get; init; } = [];
    public bool FormArretTravail => FormArret.Length > 0;
    public bool FormInaptitude { get; init; }
    public bool FormTroubles { get; init; }
    public bool Action { get; init; }
    public bool Valproate { get; init; }
    public bool CaisseOnForm { get; init; } = true;
    public bool NirValid { get; init; } = true;
    public DateOnly? DeathDate { get; init; }
    public ReportFacts? Report { get; init; }
    public InsurerReply Insurer { get; init; }
    public required MailFile[] Mail { get; init; }
    public required Expected Expected { get; init; }
}
