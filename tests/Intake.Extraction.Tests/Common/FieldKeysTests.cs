using System.Reflection;
using Intake.Domain.Facts;
using Intake.Extraction.Common;

namespace Intake.Extraction.Tests.Common;

/// <summary>The extractors' key constants are exactly the field catalogue's keys (Intake.Domain, docs/fields.md).</summary>
public sealed class FieldKeysTests
{
    [Fact]
    public void Every_constant_is_a_catalogue_key_and_every_catalogue_key_has_one_constant()
    {
        var constants = typeof(FieldKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        var notInCatalogue = constants.Where(k => !FactCatalog.IsKnown(k)).ToList();
        var withoutConstant = FactCatalog.All.Select(d => d.Key).Except(constants).ToList();
        Assert.True(notInCatalogue.Count == 0, "not catalogue keys: " + string.Join(", ", notInCatalogue));
        Assert.True(withoutConstant.Count == 0, "catalogue keys without a constant: " + string.Join(", ", withoutConstant));
    }
}
