namespace Intake.Extraction.Common;

/// <summary>How a field's value is parsed and validated.</summary>
public enum FieldKind
{
    Text,
    LongText,
    PersonName,
    Date,
    BirthDate,
    Postcode,
    Phone,
    Email,
    Nir,
    Rate,
    YesNo,
    Choice,
    Periods,
}
