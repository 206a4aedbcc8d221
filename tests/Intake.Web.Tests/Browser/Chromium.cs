using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// Headless Debian Chromium driven over the Chrome DevTools Protocol (a WebSocket and JSON; no Playwright, no
/// browser download). One page target; commands are awaited one at a time, events are ignored.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";
    private readonly Process process;
    private readonly ClientWebSocket socket = new();
    private readonly string profile;
    private int nextId;

    private Chromium(Process process, string profile) => (this.process, this.profile) = (process, profile);

    public static async Task<Chromium> StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException("Chromium is missing: apt-get install -y --no-install-recommends chromium");
        var profile = Directory.CreateTempSubdirectory("intake-chromium-").FullName;
        var port = Intake.App.Web.Bench.BenchWebCommand.FreePort();
        var psi = new ProcessStartInfo(Executable,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile}", $"--remote-debugging-port={port}", "about:blank",
        ]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var process = Process.Start(psi)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new Chromium(process, profile);
        using var http = new HttpClient();
        string? wsUrl = null;
        for (var sw = Stopwatch.StartNew(); wsUrl is null; await Task.Delay(100))
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("Chromium did not open its DevTools port");
            try
            {
                var list = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
                wsUrl = list.FirstOrDefault(t => (string?)t!["type"] == "page")?["webSocketDebuggerUrl"]?.GetValue<string>();
            }
            catch (HttpRequestException) { }
        }
        await browser.socket.ConnectAsync(new Uri(wsUrl), CancellationToken.None);
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Runtime.enable");
        return browser;
    }

    /// <summary>Sends one command and returns its result (throws on a protocol error).</summary>
    public async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var reply = JsonNode.Parse(await ReceiveAsync(timeout.Token))!;
            if ((int?)reply["id"] != id) continue; // an event
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"];
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page; returns its value (awaiting promises).</summary>
    public async Task<JsonNode?> EvalAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result?["exceptionDetails"] is { } ex) throw new InvalidOperationException($"script error: {ex.ToJsonString()}");
        return result?["result"]?["value"];
    }

    public async Task<string> EvalStringAsync(string expression) => (await EvalAsync(expression))?.ToString() ?? "";

    /// <summary>Navigates and waits until the new document has loaded.</summary>
    public async Task GoToAsync(string url)
    {
        var marker = await MarkAsync();
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForNewDocumentAsync(marker);
    }

    /// <summary>Runs a script that navigates (a click, a form submission) and waits for the next document.</summary>
    public async Task NavigateByAsync(string script)
    {
        var marker = await MarkAsync();
        await EvalAsync(script);
        await WaitForNewDocumentAsync(marker);
    }

    public Task KeyAsync(string key, string code, int keyCode) =>
        // A named key (Escape, Enter…) is a raw key press without text; a character key types its text.
        SendAsync("Input.dispatchKeyEvent", key.Length == 1
                ? new JsonObject { ["type"] = "keyDown", ["key"] = key, ["code"] = code, ["text"] = key, ["windowsVirtualKeyCode"] = keyCode }
                : new JsonObject { ["type"] = "rawKeyDown", ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = keyCode })
            .ContinueWith(_ => SendAsync("Input.dispatchKeyEvent", new JsonObject { ["type"] = "keyUp", ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = keyCode })).Unwrap();

    /// <summary>A real mouse click (press and release of the left button) at a point of the window, in CSS pixels.</summary>
    public async Task ClickAtAsync(double x, double y, bool shift = false)
    {
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = type == "mouseMoved" ? 0 : 1,
                ["modifiers"] = shift ? 8 : 0,
            });
    }

    /// <summary>A real mouse drag with the left button from one point of the window to another.</summary>
    public async Task DragAsync(double x1, double y1, double x2, double y2)
    {
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x1, ["y"] = y1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mousePressed", ["x"] = x1, ["y"] = y1, ["button"] = "left", ["clickCount"] = 1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = (x1 + x2) / 2, ["y"] = (y1 + y2) / 2, ["button"] = "left", ["buttons"] = 1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x2, ["y"] = y2, ["button"] = "left", ["buttons"] = 1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseReleased", ["x"] = x2, ["y"] = y2, ["button"] = "left", ["clickCount"] = 1 });
    }

    /// <summary>The centre of an element scrolled into view, checked clickable (see <see cref="CenterScript"/>).</summary>
    public async Task<(double X, double Y)> CenterAsync(string selector)
    {
        var at = await EvalStringAsync(CenterScript(selector));
        if (!at.StartsWith("ok ", StringComparison.Ordinal)) throw new InvalidOperationException($"{selector}: cannot be clicked ({at})");
        var xy = at[3..].Split(' ');
        return (double.Parse(xy[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(xy[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Scrolls the element into view (its own scrolling column included), checks that it is what the window shows at
    /// its centre (<c>document.elementFromPoint</c>: nothing covers it), and clicks there with the mouse.
    /// </summary>
    public async Task ClickAsync(string selector)
    {
        var at = await EvalStringAsync(CenterScript(selector));
        if (!at.StartsWith("ok ", StringComparison.Ordinal)) throw new InvalidOperationException($"{selector}: cannot be clicked ({at})");
        var xy = at[3..].Split(' ');
        await ClickAtAsync(double.Parse(xy[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(xy[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"ok X Y" when the element's centre shows the element itself, else what covers it.</summary>
    public static string CenterScript(string selector) => $$"""
        (() => {
          const el = document.querySelector({{JsonValue.Create(selector).ToJsonString()}});
          if (!el) return 'missing';
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit))) return 'ok ' + x + ' ' + y;
          return 'covered by ' + (hit ? hit.tagName + '#' + hit.id + '.' + (hit.getAttribute('class') || '') : 'nothing') + ' at ' + Math.round(x) + ',' + Math.round(y);
        })()
        """;

    /// <summary>Tags the current document so that a reload (even of the same URL) can be told apart.</summary>
    private async Task<string> MarkAsync()
    {
        var marker = Guid.NewGuid().ToString("N");
        await EvalAsync($"window.__intakeMarker = '{marker}'");
        return marker;
    }

    private async Task WaitForNewDocumentAsync(string marker)
    {
        for (var sw = Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("the page did not load");
            try
            {
                var state = await EvalStringAsync($"(window.__intakeMarker === '{marker}' ? 'old' : document.readyState)");
                if (state == "complete") return;
            }
            catch (InvalidOperationException) { } // the context was being replaced
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var ms = new MemoryStream();
        WebSocketReceiveResult r;
        do
        {
            r = await socket.ReceiveAsync(buffer, ct);
            ms.Write(buffer, 0, r.Count);
        } while (!r.EndOfMessage);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        try { if (socket.State == WebSocketState.Open) await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None); }
        catch (WebSocketException) { }
        socket.Dispose();
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
    }
}
