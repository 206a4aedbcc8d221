using System.Text.RegularExpressions;
using Intake.App.Web.Review;
using Intake.Classification.Model;
using Intake.Domain.Documents;
using Intake.Domain.Dossiers;
using Intake.Domain.Rules;
using Intake.Evaluation.Scoring;

namespace Intake.App.Tests;

/// <summary>What the schema, the dashboard, the evaluation and the classifier spell agrees with the domain's catalogues.</summary>
public sealed class CatalogueTests
{
    private static string Migrations() => string.Join("\n",
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", "Intake.Pipeline", "Storage", "Migrations"), "*.sql").Order().Select(File.ReadAllText));

    /// <summary>The codes a column's <c>check (column in (…))</c> allows, in the <c>create table</c> of its table.</summary>
    private static IReadOnlyList<string> Check(string table, string column)
    {
        var create = Regex.Match(Migrations(), $@"create table {table} \((.*?)\n\);", RegexOptions.Singleline);
        Assert.True(create.Success, $"no table {table}");
        var m = Regex.Match(create.Groups[1].Value, $@"check \({column} in \(([^)]*)\)\)");
        Assert.True(m.Success, $"no check on {column}");
        return Regex.Matches(m.Groups[1].Value, "'([^']*)'").Select(x => x.Groups[1].Value).ToList();
    }

    [Fact]
    public void The_schemas_checks_spell_the_catalogues_states()
    {
        Assert.Equal(DossierStates.Status.Select(s => s.Code), Check("dossier", "status"));
        Assert.Equal(DossierStates.Review.Select(s => s.Code), Check("dossier", "review_status"));
        Assert.Equal(DossierStates.Attachment.Select(s => s.Code), Check("document", "attachment"));
    }

    [Fact]
    public void Flag_codes_in_the_schema_are_catalogue_flags()
    {
        var codes = Regex.Matches(Migrations(), @"'([A-Z][A-Z0-9_]{3,})'").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.NotNull(FlagCatalog.Find(c)));
    }

    [Fact]
    public void The_dashboard_has_a_french_label_for_every_code()
    {
        Assert.All(FlagCatalog.All, f => Assert.NotEqual(f.Code, Labels.Flag(f.Code)));
        Assert.All(Labels.QueueFlags, f => Assert.NotNull(FlagCatalog.Find(f)));
        Assert.All(TaskCatalog.All, t => Assert.NotEqual(t.Code, Labels.Task(t.Code)));
        Assert.All(DocumentType.All, t => Assert.NotEqual(t, Labels.DocumentType(t)));
        Assert.All(MissingItems.Possible, i => Assert.NotEqual(i, Labels.DocumentType(i)));
        Assert.All(Intake.Domain.Facts.FactCatalog.All, d => Assert.NotEqual(d.Key, Labels.Field(d.Key)));
        Assert.All(DossierStates.Attachment, s => Assert.Equal(s.Label, Labels.Attachment(s.Code)));
    }

    [Fact]
    public void The_evaluation_scores_the_flags_of_the_rules_and_no_other()
    {
        Assert.Equal(FlagCatalog.All.Where(f => f.Scope == FlagScope.Rules).Select(f => f.Code).Order(), FlagVocabulary.Scored.Order());
        Assert.Empty(FlagVocabulary.Filter([FlagCodes.LowConfidenceInput, FlagCodes.CompleteDateToConfirm, FlagCatalog.SmoothedPage]));
    }

    [Fact]
    public void The_classifiers_document_flags_are_catalogue_flags()
    {
        Assert.Equal(FlagScope.Document, FlagCatalog.Find(PageFlags.LowConfidencePage)?.Scope);
        Assert.Equal(FlagScope.Document, FlagCatalog.Find(PageFlags.SmoothedPage)?.Scope);
    }
}
