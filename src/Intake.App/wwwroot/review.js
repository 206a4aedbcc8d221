// Keyboard for the review pages (no inline script: the CSP forbids it).
// Dossier page: j / k next / previous field, a accept, c correct (focus the value), n next dossier,
// + / - zoom the page viewer. Typing in a form field is never intercepted (except Escape, which leaves it).
(function () {
  "use strict";
  var zoom = 1;

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.field-row")); }

  function current() {
    var el = document.activeElement;
    return el && el.closest ? el.closest("tr.field-row") : null;
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) return;
    var i = all.indexOf(current());
    var next = all[Math.min(all.length - 1, Math.max(0, i < 0 ? 0 : i + step))];
    next.focus();
    next.scrollIntoView({ block: "nearest" });
    highlight(next.getAttribute("data-field"));
  }

  function highlight(fieldId) {
    document.querySelectorAll("rect.box.selected").forEach(function (r) { r.classList.remove("selected"); });
    if (!fieldId) return;
    var box = document.querySelector('rect.box[data-field="' + fieldId + '"]');
    if (box) box.classList.add("selected");
  }

  function setZoom(z) {
    var viewer = document.getElementById("viewer");
    if (!viewer) return;
    zoom = Math.min(4, Math.max(1, z));
    viewer.className = viewer.className.replace(/zoom-\d/, "zoom-" + zoom);
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      if (e.key === "Escape") { var row = e.target.closest("tr.field-row"); if (row) row.focus(); else e.target.blur(); }
      return;
    }
    var row = current();
    switch (e.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a":
        if (row) { var accept = row.querySelector("form.accept-form"); if (accept) accept.requestSubmit(); }
        break;
      case "c":
        if (row) { var input = row.querySelector("form.correct-form input.value"); if (input) { input.focus(); input.select(); } }
        break;
      case "n":
        var next = document.getElementById("next-dossier");
        if (next) window.location.href = next.href;
        break;
      case "+": setZoom(zoom + 1); break;
      case "-": setZoom(zoom - 1); break;
      default: return;
    }
    e.preventDefault();
  });

  document.addEventListener("focusin", function (e) {
    var row = e.target.closest && e.target.closest("tr.field-row");
    if (row) highlight(row.getAttribute("data-field"));
  });

  document.addEventListener("click", function (e) {
    if (e.target.closest(".zoom-in")) setZoom(zoom + 1);
    else if (e.target.closest(".zoom-out")) setZoom(zoom - 1);
  });

  // A correction needs its reason: start on the value of the first low-confidence field, if any.
  document.addEventListener("DOMContentLoaded", function () {
    var sel = document.querySelector("rect.box.selected");
    if (sel) { var r = document.querySelector('tr.field-row[data-field="' + sel.getAttribute("data-field") + '"]'); if (r) r.focus(); }
  });
})();
