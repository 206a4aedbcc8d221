using System.Text.Json.Nodes;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// The review station at 1024×768 and 1440×900: every control of the fields list and of the decision bar is what
/// the window shows at its centre once scrolled to (document.elementFromPoint: no panel covers it), the page viewer
/// and the fields sit side by side without overlapping, and the decision bar stays on screen while the fields
/// scroll; a click on a word inside a field's box selects that field. With INTAKE_SCREENSHOTS=DIR the station is saved there as dossier-station-WxH.png.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewStationLayoutTests(WebAppFixture app)
{
    private static readonly (int Width, int Height)[] Sizes = [(1024, 768), (1440, 900)];

    /// <summary>Each visible control (not in a closed "Modifier…" box): "ok", or what covers it.</summary>
    private const string CoveredControls = """
        (() => {
          const out = [];
          const controls = document.querySelectorAll('#champs button, #champs input:not([type=hidden]), #champs select, #barre-decision button, #barre-decision input:not([type=hidden]), #barre-decision a');
          for (const el of controls) {
            if (el.closest('details:not([open])') && !el.closest('summary')) continue;
            el.scrollIntoView({ block: 'center', inline: 'center' });
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) { out.push('zero-size ' + el.outerHTML.slice(0, 80)); continue; }
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !(hit === el || el.contains(hit)))
              out.push(el.outerHTML.slice(0, 80) + ' covered by ' + (hit ? hit.outerHTML.slice(0, 60) : 'nothing'));
          }
          return JSON.stringify({ count: controls.length, failures: out });
        })()
        """;

    [Fact]
    public async Task Every_control_of_the_station_is_clickable_and_nothing_overlaps_at_both_sizes()
    {
        await using var browser = await Chromium.StartAsync();
        await SignIn.AsAsync(browser, app, WebAppFixture.UserOfRole[Roles.Reviewer]);
        var failures = new List<string>();
        foreach (var (width, height) in Sizes)
        {
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
            await browser.GoToAsync($"{app.Url}/dossiers/{app.HttpDossier.DossierId}");
            // Images loaded, so that the viewer has its real height.
            await browser.EvalAsync("Promise.all(Array.from(document.images).map(i => i.complete ? 0 : new Promise(r => { i.onload = i.onerror = r; })))");
            if (Environment.GetEnvironmentVariable("INTAKE_SCREENSHOTS") is { Length: > 0 } dir)
            {
                Directory.CreateDirectory(dir);
                var shot = await browser.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
                await File.WriteAllBytesAsync(Path.Combine(dir, $"dossier-station-{width}x{height}.png"), Convert.FromBase64String(shot!["data"]!.GetValue<string>()));
            }
            var size = $"{width}×{height}";
            // Side by side, without overlap, inside the window.
            var cols = JsonNode.Parse(await browser.EvalStringAsync("""
                JSON.stringify((() => { const a = document.getElementById('col-pages').getBoundingClientRect(), b = document.getElementById('col-fields').getBoundingClientRect();
                  return { aRight: a.right, bLeft: b.left, bRight: b.right, aBottom: a.bottom, bBottom: b.bottom, w: innerWidth, h: innerHeight,
                           scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight }; })())
                """))!;
            double D(string k) => cols[k]!.GetValue<double>();
            if (D("aRight") > D("bLeft")) failures.Add($"{size}: the page column ({D("aRight")}) runs into the fields column ({D("bLeft")})");
            if (D("bRight") > D("w") || D("scrollW") > D("w")) failures.Add($"{size}: wider than the window");
            if (D("scrollH") > D("h") || D("aBottom") > D("h") + 0.5 || D("bBottom") > D("h") + 0.5) failures.Add($"{size}: the station is taller than the window (the bar would scroll away)");
            var result = JsonNode.Parse(await browser.EvalStringAsync(CoveredControls))!;
            if (result["count"]!.GetValue<int>() < 10) failures.Add($"{size}: only {result["count"]} controls found");
            failures.AddRange(result["failures"]!.AsArray().Select(f => $"{size}: {f}"));
            // The decision stays on screen with the fields scrolled to their end.
            await browser.EvalAsync("document.getElementById('col-fields').scrollTop = 1e6");
            var confirm = await browser.EvalStringAsync(Chromium.CenterScript("#confirm-routing"));
            if (!confirm.StartsWith("ok ", StringComparison.Ordinal)) failures.Add($"{size}: confirm button after scrolling the fields: {confirm}");
            var fieldsScrolled = await browser.EvalStringAsync("String(document.getElementById('col-fields').scrollTop > 0)");
            if (fieldsScrolled != "true") failures.Add($"{size}: the fields column did not scroll on its own");
        }

        // Page ↔ field: a click on the name written inside its box selects the name's field (and shows it in the
        // viewer); choosing another field then moves the viewer's selection to that field's box.
        await browser.ClickAsync("#viewer rect.word[data-text=\"MARTIN\"]");
        Assert.Equal("victime.nom", await browser.EvalStringAsync("document.querySelector('.field-row.selected').dataset.key"));
        Assert.Equal("victime.nom", await browser.EvalStringAsync("document.querySelector('#viewer rect.box.selected').dataset.key"));
        Assert.Equal("MARTIN", await browser.EvalStringAsync("document.querySelector('.field-row[data-key=\"victime.nom\"] input.value').value"));
        await browser.EvalAsync("document.querySelector('.field-row[data-key=\"prejudice.aipp\"]').focus()");
        Assert.Equal("prejudice.aipp", await browser.EvalStringAsync("document.querySelector('#viewer rect.box.selected').dataset.key"));
        // Dragging from "Taux" to "%" copies the words between them into the selected field.
        var from = await browser.CenterAsync("#viewer rect.word[data-text=\"Taux\"]");
        var to = await browser.CenterAsync("#viewer rect.word[data-text=\"%\"]");
        await browser.DragAsync(from.X, from.Y, to.X, to.Y);
        Assert.Equal("Taux AIPP : 30 %", await browser.EvalStringAsync("document.querySelector('.field-row[data-key=\"prejudice.aipp\"] input.value').value"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
