// The review station (dossier page). No inline script: the CSP forbids it.
// - Forms marked data-async are sent with fetch; the server answers with the re-rendered panels (elements marked
//   data-swap, replaced by id) or, when it refuses, with its French message (nothing is replaced: what was typed stays).
// - Selecting a field shows its page and box; a click on a box selects its field; a click on a word copies it into
//   the selected field's value (shift+click appends), a drag from one word to another copies the words between.
// - Keys (the help overlay "?" lists them): v next field to check, j/k next/previous field, a accept, c correct,
//   t accept all confident values, d confirm the decision and go to the next dossier, n next dossier, +/- zoom.
//   Typing in a form field is never intercepted (except Escape, which leaves it).
(function () {
  "use strict";
  var zoom = 1;

  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function station() { return document.getElementById("station"); }
  function rows() { return all(".field-row"); }
  function selected() { return document.querySelector(".field-row.selected"); }

  function current() {
    var el = document.activeElement;
    return (el && el.closest && el.closest(".field-row")) || selected();
  }

  // Fields -----------------------------------------------------------------------------------------------------
  function select(row, focus) {
    if (!row) return;
    all(".field-row.selected").forEach(function (r) { if (r !== row) r.classList.remove("selected"); });
    row.classList.add("selected");
    if (focus) { row.focus({ preventScroll: true }); row.scrollIntoView({ block: "nearest" }); }
    var field = row.getAttribute("data-field");
    if (field) showPage(row.getAttribute("data-file"), row.getAttribute("data-page"), field);
  }

  function move(step) {
    var list = rows();
    if (list.length === 0) return;
    var i = list.indexOf(current());
    select(list[Math.min(list.length - 1, Math.max(0, i < 0 ? 0 : i + step))], true);
  }

  // Rows still to check, lowest confidence first; from the current one, the next in that order (wrapping).
  function nextToCheck() {
    var list = rows().filter(function (r) { return r.getAttribute("data-check") === "1"; });
    if (list.length === 0) { status("Tous les champs à vérifier l'ont été.", false); return; }
    list.sort(function (a, b) { return parseFloat(a.getAttribute("data-conf")) - parseFloat(b.getAttribute("data-conf")); });
    var i = list.indexOf(current());
    select(list[(i + 1) % list.length], true);
  }

  // Viewer -----------------------------------------------------------------------------------------------------
  function highlight(fieldId) {
    all("rect.box.selected").forEach(function (r) { r.classList.remove("selected"); });
    var box = fieldId && document.querySelector('rect.box[data-field="' + fieldId + '"]');
    if (box) {
      box.classList.add("selected");
      var viewer = document.getElementById("viewer");
      var b = box.getBoundingClientRect(), v = viewer.getBoundingClientRect();
      if (b.top < v.top || b.bottom > v.bottom) viewer.scrollTop += b.top - v.top - v.height / 3;
      var pages = document.getElementById("col-pages");
      var p = pages.getBoundingClientRect();
      if (b.top < p.top || b.bottom > p.bottom) pages.scrollTop += b.top - p.top - p.height / 3;
    }
  }

  function showPage(file, page, fieldId, force) {
    var viewer = document.getElementById("viewer");
    if (!file || !page) return;
    if (!force && viewer && viewer.getAttribute("data-file") === file && viewer.getAttribute("data-page") === page) { highlight(fieldId); return; }
    var url = "/dossiers/" + station().getAttribute("data-dossier") + "?handler=Viewer&fichier=" + encodeURIComponent(file) +
      "&p=" + encodeURIComponent(page) + (fieldId ? "&champ=" + encodeURIComponent(fieldId) : "");
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (!html) return;
      replace(html, ["visionneuse"]);
      setZoom(zoom);
      all(".thumb.current").forEach(function (t) { t.classList.remove("current"); });
      var thumb = document.querySelector('.thumb[data-file="' + file + '"][data-page="' + page + '"]');
      if (thumb) thumb.classList.add("current");
      highlight(fieldId);
    });
  }

  function setZoom(z) {
    var viewer = document.getElementById("viewer");
    zoom = Math.min(4, Math.max(1, z));
    if (viewer) viewer.className = viewer.className.replace(/zoom-\d/, "zoom-" + zoom);
  }

  function useWord(rect, append) {
    var row = selected() || current();
    if (!row) { status("Sélectionnez d'abord un champ (clic ou touche v), puis cliquez sur un mot de la page.", true); return; }
    var input = row.querySelector("form.correct-form input.value");
    var reason = row.querySelector("form.correct-form input.reason");
    if (!input) return;
    var word = rect.getAttribute("data-text");
    input.value = append && input.value ? input.value + " " + word : word;
    var viewer = document.getElementById("viewer");
    if (reason && !reason.value && viewer) reason.value = "Lu sur la page " + viewer.getAttribute("data-page");
    input.focus();
  }

  function selectByBox(box) {
    var id = box.getAttribute("data-field");
    var row = rows().filter(function (r) { return (" " + r.getAttribute("data-fields") + " ").indexOf(" " + id + " ") >= 0; })[0];
    if (row) select(row, true);
    highlight(id);
  }

  // The field box (SVG coordinates) that holds the centre of a word, if any.
  function boxAround(word) {
    var x = parseFloat(word.getAttribute("x")) + parseFloat(word.getAttribute("width")) / 2;
    var y = parseFloat(word.getAttribute("y")) + parseFloat(word.getAttribute("height")) / 2;
    return all("#viewer rect.box").filter(function (b) {
      var bx = parseFloat(b.getAttribute("x")), by = parseFloat(b.getAttribute("y"));
      return x >= bx && x <= bx + parseFloat(b.getAttribute("width")) && y >= by && y <= by + parseFloat(b.getAttribute("height"));
    })[0] || null;
  }

  // In-place actions ---------------------------------------------------------------------------------------------
  function status(message, isError) {
    var box = document.getElementById("statut");
    if (!box) return;
    box.innerHTML = "";
    var p = document.createElement("p");
    p.className = isError ? "error" : "notice";
    p.setAttribute("role", isError ? "alert" : "status");
    if (isError) p.id = "action-error";
    p.textContent = message;
    box.appendChild(p);
  }

  // Replaces the page's elements by the ones of the same id in the answer (all marked data-swap, or only those ids).
  function replace(html, ids) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = ids ? ids.map(function (id) { return doc.getElementById(id); }).filter(Boolean) : all("[data-swap]", doc.body);
    fresh.forEach(function (node) {
      var old = document.getElementById(node.id);
      if (old) old.replaceWith(document.importNode(node, true));
    });
  }

  function send(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var row = form.closest(".field-row") || current();
    var key = row && row.getAttribute("data-key");
    var scroll = document.getElementById("col-fields").scrollTop;
    form.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Intake-Fetch": "1" } })
      .then(function (r) { return r.text().then(function (text) { return { ok: r.ok, text: text }; }); })
      .then(function (res) {
        form.removeAttribute("aria-busy");
        if (!res.ok) {
          status(res.text || "Action refusée.", true);
          var guard = form.querySelector("input.unchecked-reason");
          if (guard && !guard.value) guard.focus();
          return;
        }
        var next = document.getElementById("next-dossier");
        if (form.getAttribute("data-after") === "next" && next) { window.location.assign(next.href); return; }
        replace(res.text);
        document.getElementById("col-fields").scrollTop = scroll;
        if (form.hasAttribute("data-viewer-refresh")) {
          // The document's pages or fields changed: draw the page again with the new boxes.
          var viewer = document.getElementById("viewer");
          if (viewer) showPage(viewer.getAttribute("data-file"), viewer.getAttribute("data-page"), null, true);
        }
        var again = key && document.querySelector('.field-row[data-key="' + key + '"]');
        if (again) select(again, true);
      })
      .catch(function () {
        form.removeAttribute("aria-busy");
        status("Le serveur ne répond pas : rien n'a été enregistré.", true);
      });
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.matches || !form.matches("form[data-async]") || !station()) return;
    e.preventDefault();
    send(form, e.submitter);
  });

  // Dragging from one word to another copies the words between them (reading order) into the selected field.
  var dragFrom = null;
  document.addEventListener("mousedown", function (e) {
    var w = e.target.closest && e.target.closest("rect.word");
    dragFrom = w && station() ? w : null;
    if (dragFrom) e.preventDefault(); // no text selection while dragging over the page
  });
  document.addEventListener("mouseup", function (e) {
    var from = dragFrom;
    dragFrom = null;
    var to = e.target.closest && e.target.closest("rect.word");
    if (!from || !to || to === from) return;
    var words = all("#viewer rect.word");
    var a = words.indexOf(from), b = words.indexOf(to);
    if (a < 0 || b < 0) return;
    var text = words.slice(Math.min(a, b), Math.max(a, b) + 1).map(function (w) { return w.getAttribute("data-text"); }).join(" ");
    var row = selected() || current();
    var input = row && row.querySelector("form.correct-form input.value");
    if (!input) return;
    input.value = text;
    var reason = row.querySelector("form.correct-form input.reason");
    var viewer = document.getElementById("viewer");
    if (reason && !reason.value && viewer) reason.value = "Lu sur la page " + viewer.getAttribute("data-page");
    input.focus();
  });

  // Help ---------------------------------------------------------------------------------------------------------
  function help(show) {
    var box = document.getElementById("aide");
    if (!box) return;
    box.hidden = show === undefined ? !box.hidden : !show;
    if (!box.hidden) box.querySelector(".help-close").focus();
  }

  // Keys -----------------------------------------------------------------------------------------------------------
  function submit(selector) { var f = document.querySelector(selector); if (f) f.requestSubmit(); }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || !station()) return;
    var tag = (e.target && e.target.tagName) || "";
    if (e.key === "Escape") {
      var overlay = document.getElementById("aide");
      if (overlay && !overlay.hidden) { help(false); e.preventDefault(); return; }
    }
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      if (e.key === "Escape") { var r = e.target.closest(".field-row"); if (r) r.focus(); else e.target.blur(); }
      return;
    }
    var row = current();
    switch (e.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "v": nextToCheck(); break;
      case "a": if (row) { var accept = row.querySelector("form.accept-form"); if (accept) accept.requestSubmit(); } break;
      case "c":
        if (row) { var input = row.querySelector("form.correct-form input.value"); if (input) { input.focus(); input.select(); } }
        break;
      case "t": submit("form.accept-confident"); break;
      case "d": submit("form.review-form"); break;
      case "n": var next = document.getElementById("next-dossier"); if (next) window.location.assign(next.href); break;
      case "?": help(); break;
      case "+": setZoom(zoom + 1); break;
      case "-": setZoom(zoom - 1); break;
      default: return;
    }
    e.preventDefault();
  });

  // Clicks ---------------------------------------------------------------------------------------------------------
  document.addEventListener("focusin", function (e) {
    var row = e.target.closest && e.target.closest(".field-row");
    if (row && !row.classList.contains("selected")) select(row, false);
  });

  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!t.closest) return;
    if (t.closest(".zoom-in")) { setZoom(zoom + 1); return; }
    if (t.closest(".zoom-out")) { setZoom(zoom - 1); return; }
    if (t.closest(".help-open")) { help(true); return; }
    if (t.closest(".help-close") || t.id === "aide") { help(false); return; }
    if (!station()) return;
    var word = t.closest("rect.word");
    if (word) {
      // A word inside another field's box selects that field; any other word goes into the selected field.
      var owner = boxAround(word);
      var mine = selected();
      if (owner && !(mine && (" " + mine.getAttribute("data-fields") + " ").indexOf(" " + owner.getAttribute("data-field") + " ") >= 0)) {
        selectByBox(owner);
        return;
      }
      useWord(word, e.shiftKey);
      return;
    }
    var box = t.closest("rect.box");
    if (box) { selectByBox(box); return; }
    var link = t.closest("a.source-link, a.thumb");
    if (link && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      var owner = link.closest(".field-row");
      if (owner && !owner.classList.contains("selected")) select(owner, false);
      showPage(link.getAttribute("data-file"), link.getAttribute("data-page"), link.getAttribute("data-field"));
    }
  });

  // The station opens on the first field to check (the server marks its box), else on the first field.
  document.addEventListener("DOMContentLoaded", function () {
    if (!station()) return;
    var box = document.querySelector("rect.box.selected");
    var row = box && rows().filter(function (r) { return r.getAttribute("data-field") === box.getAttribute("data-field"); })[0];
    if (!row) row = rows().filter(function (r) { return r.getAttribute("data-check") === "1"; })[0];
    if (row) { row.classList.add("selected"); row.focus({ preventScroll: true }); row.scrollIntoView({ block: "nearest" }); }
  });
})();
