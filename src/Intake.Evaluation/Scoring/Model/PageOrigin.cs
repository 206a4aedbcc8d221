namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// How a page of an input file was made, read from the file itself (not from Intake's OCR decision):
/// drawn by software (text layer, form fields, vector drawing; no picture of the sheet), or a picture of the sheet
/// (a scan or a photo, which only OCR can read).
/// </summary>
public enum PageOrigin
{
    BornDigital,
    Scanned,
}
