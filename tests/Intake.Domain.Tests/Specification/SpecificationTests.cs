using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Dossiers;
using Intake.Domain.Facts;
using Intake.Domain.Rules;
using Intake.Domain.Rules.Cli;

namespace Intake.Domain.Tests.Specification;

/// <summary>
/// docs/ is the specification and the domain's catalogues are the lists in code: a key, code or label on one side
/// and not on the other fails here. Also: the code cites docs/, never a specification outside the repository.
/// </summary>
public sealed class SpecificationTests
{
    private static readonly string Docs = Path.Combine(SpecDocs.RepoRoot, "docs");

    private static readonly Dictionary<FactKind, string> KindWords = new()
    {
        [FactKind.Text] = "text", [FactKind.Date] = "date", [FactKind.Bool] = "bool", [FactKind.Percent] = "percent",
        [FactKind.Decimal] = "decimal", [FactKind.Periods] = "periods", [FactKind.RatedPeriods] = "rated periods",
        [FactKind.Code] = "code", [FactKind.Digits] = "digits",
    };

    private static readonly Dictionary<TextNature, string> NatureWords = new()
    {
        [TextNature.Plain] = "short text", [TextNature.Name] = "name", [TextNature.PersonName] = "person name, no title",
        [TextNature.FreeText] = "free text", [TextNature.Identifier] = "identifier",
    };

    [Fact]
    public void Every_field_key_is_in_docs_with_its_label_kind_and_format_and_nothing_else_is()
    {
        var rows = SpecDocs.Rows(Path.Combine(Docs, "fields.md")).Where(r => SpecDocs.IsCode(r[0]) && r[0].Contains('.')).ToList();
        var documented = rows.ToDictionary(r => SpecDocs.Unquote(r[0]));
        Assert.Equal(rows.Count, documented.Count); // each key once
        Assert.Equal(FactCatalog.All.Select(d => d.Key).Order(), documented.Keys.Order());
        foreach (var def in FactCatalog.All)
        {
            var row = documented[def.Key];
            Assert.Equal(def.Label, row[1]);
            Assert.Equal(KindWords[def.Kind], row[2]);
            if (def.Kind == FactKind.Text) Assert.Equal(NatureWords[def.Nature], row[3]);
            foreach (var code in def.Codes ?? []) Assert.Contains($"`{code}`", row[3], StringComparison.Ordinal);
            if (def.Length is int n) Assert.Equal($"{n} digits", row[3]);
        }
    }

    [Fact]
    public void Every_document_type_is_in_docs_with_its_label()
    {
        var rows = SpecDocs.Rows(Path.Combine(Docs, "document-types.md")).Where(r => r.Length >= 4 && SpecDocs.IsCode(r[0])).ToList();
        var documented = rows.Where(r => !r[1].Contains('`')).ToDictionary(r => SpecDocs.Unquote(r[0]), r => r[1]);
        Assert.Equal(DocumentType.Definitions.Select(d => (d.Code, d.Label)), documented.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Every_rule_and_clock_code_is_in_docs_with_its_legal_source_and_nothing_else_is()
    {
        var text = File.ReadAllText(Path.Combine(Docs, "rules.md"));
        var documented = Regex.Matches(text, @"`((?:R|D)-[A-Z0-9]+(?:-[A-Z0-9]+)*|COMPLETENESS)`").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(RuleCatalog.All.Select(r => r.Code).Order(), documented.Order());

        var rows = SpecDocs.Rows(Path.Combine(Docs, "rules.md")).Where(r => SpecDocs.IsCode(r[0])).ToList();
        foreach (var rule in RuleCatalog.All.Where(r => r.Kind != RuleKind.Step || rows.Any(x => SpecDocs.Unquote(x[0]) == r.Code)))
        {
            var row = rows.Single(r => SpecDocs.Unquote(r[0]) == rule.Code);
            foreach (Match article in Regex.Matches(rule.Source, @"\b[DL]\d{3,4}(?:-\d+)*\b"))
                Assert.True(row[^1].Contains(article.Value, StringComparison.Ordinal), $"{rule.Code}: source {article.Value} not in docs/rules.md ({row[^1]})");
        }
    }

    [Fact]
    public void Every_flag_and_task_is_in_docs_with_its_label_and_scope()
    {
        var rows = SpecDocs.Rows(Path.Combine(Docs, "rules.md")).Where(r => SpecDocs.IsCode(r[0])).ToList();
        var flagRows = rows.Where(r => r.Length == 5 && r[2] is "rules" or "intake" or "document").ToList();
        Assert.Equal(FlagCatalog.All.Select(f => (f.Code, f.Label, f.Scope.ToString().ToLowerInvariant(), f.RaisedBy)),
            flagRows.Select(r => (SpecDocs.Unquote(r[0]), r[1], r[2], r[3])));
        var taskRows = rows.Where(r => r.Length == 4 && Regex.IsMatch(SpecDocs.Unquote(r[0]), "^[A-Z_]+$")).ToList();
        Assert.Equal(TaskCatalog.All.Select(t => (t.Code, t.Label, t.RaisedBy)), taskRows.Select(r => (SpecDocs.Unquote(r[0]), r[1], r[2])));
        // The flags' "raised by" codes are catalogue codes.
        foreach (var f in FlagCatalog.All)
            foreach (Match code in Regex.Matches(f.RaisedBy, @"\b[RD]-[A-Z0-9-]+[A-Z0-9]"))
                Assert.NotNull(RuleCatalog.Find(code.Value));
    }

    [Fact]
    public void Every_dossier_and_document_state_is_in_docs_with_its_label()
    {
        var rows = SpecDocs.Rows(Path.Combine(Docs, "procedure.md")).Where(r => r.Length == 2 && SpecDocs.IsCode(r[0]))
            .Select(r => (SpecDocs.Unquote(r[0]), r[1])).ToList();
        var states = DossierStates.Status.Concat(DossierStates.Review).Concat(DossierStates.Attachment).Select(s => (s.Code, s.Label));
        Assert.Equal(states, rows);
    }

    [Fact]
    public void The_engine_writes_only_catalogue_codes()
    {
        var cases = new[]
        {
            """{"receipt_date":"2026-01-05","documents":[{"type":"demande_indemnisation","received":"2026-01-05"}],"facts":{"victime.date_naissance":"2015-04-02","demandeur.qualite":"tuteur","faits.date_acte":"2000-06-15","expertise.aipp":25,"expertise.infection_nosocomiale":true,"procedures.valproate":true,"scheme.autre":"vaccination","procedures.action_en_justice":true,"victime.nir":"1850575123456 00","victime.caisse":"CPAM du Rhône","prejudice.inaptitude_definitive":true}}""",
            """{"receipt_date":"2026-01-05","documents":[{"type":"demande_indemnisation","received":"2026-01-05"},{"type":"acte_deces","received":"2026-01-05"}],"facts":{"expertise.faute":true,"faits.professionnel_liberal":true,"assurance.couverture_expiree":true,"expertise.consolide":true,"expertise.date_consolidation":"2010-01-01","prejudice.arret_travail":true,"victime.decedee":true}}""",
            """{"receipt_date":"2026-01-05","facts":{"expertise.consolide":false,"expertise.alea":true,"expertise.aipp":40,"assurance.refus":true,"prejudice.troubles_graves":true}}""",
        };
        var seenRules = new HashSet<string>();
        foreach (var json in cases)
        {
            var d = new RulesEngine().Decide(RuleCaseJson.Parse(json) with { Today = new DateOnly(2026, 3, 1) });
            Assert.All(d.Trail, t => Assert.True(RuleCatalog.Find(t.Rule) is { } r && r.Source == t.Source, t.Rule));
            Assert.All(d.Flags, f => Assert.NotNull(FlagCatalog.Find(f)));
            Assert.All(d.Tasks, t => Assert.NotNull(TaskCatalog.Find(t.Code)));
            Assert.All(d.Missing, m => Assert.Contains(m.Item, MissingItems.Possible));
            Assert.All(d.Gravity.Grounds, g => Assert.StartsWith("R-GRAV-", g, StringComparison.Ordinal));
            seenRules.UnionWith(d.Trail.Select(t => t.Rule));
        }
        Assert.True(seenRules.Count >= 20, string.Join(", ", seenRules));
    }

    [Fact]
    public void Field_keys_and_rule_codes_written_in_the_sources_are_catalogue_entries()
    {
        var keyLiteral = new Regex(@"""((?:victime|demandeur|avocat|faits|prejudice|procedures|signature|expertise|identite|certificat|arret|deces|protection|courrier|assurance|scheme)\.[a-z_]+)""");
        var ruleLiteral = new Regex(@"""((?:R|D)-[A-Z]{2,}(?:-[A-Z0-9]+)*)""");
        var offenders = new List<string>();
        foreach (var file in SpecDocs.Sources("src"))
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                offenders.AddRange(keyLiteral.Matches(lines[i]).Select(m => m.Groups[1].Value).Where(k => !FactCatalog.IsKnown(k))
                    .Select(k => $"{Path.GetRelativePath(SpecDocs.RepoRoot, file)}:{i + 1}: field key {k}"));
                offenders.AddRange(ruleLiteral.Matches(lines[i]).Select(m => m.Groups[1].Value).Where(c => RuleCatalog.Find(c) is null)
                    .Select(c => $"{Path.GetRelativePath(SpecDocs.RepoRoot, file)}:{i + 1}: rule code {c}"));
            }
        }
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Sources_and_docs_cite_the_specification_in_the_repository_only()
    {
        // The shared corpora are data measured by scripts/test and the README's accuracy commands, not specification.
        var outside = new Regex(@"shared/(?:domain|contracts|design|seeds|hooks)\b");
        var files = SpecDocs.Sources("src").Concat(SpecDocs.Sources("tests")).Concat(SpecDocs.Sources("scripts"))
            .Concat(Directory.EnumerateFiles(Docs, "*.md")).Append(Path.Combine(SpecDocs.RepoRoot, "README.md"));
        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => outside.IsMatch(x.line) && !x.f.EndsWith("SpecificationTests.cs", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(SpecDocs.RepoRoot, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Links_between_the_docs_resolve()
    {
        foreach (var doc in Directory.EnumerateFiles(Docs, "*.md"))
            foreach (Match link in Regex.Matches(File.ReadAllText(doc), @"\]\(([a-z\-]+\.md)(#[a-z0-9\-]+)?\)"))
                Assert.True(File.Exists(Path.Combine(Docs, link.Groups[1].Value)), $"{Path.GetFileName(doc)} links to {link.Value}");
    }
}
