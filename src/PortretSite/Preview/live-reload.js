/* PortretSite preview: reloads the page after every good build, shows the errors of a bad one. */
(function () {
  "use strict";
  var overlay = null;

  function showErrors(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "portret-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "background:#2b1d17;color:#fbe9e1;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:4px solid #c0532b";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var title = document.createElement("strong");
    title.textContent = document.documentElement.lang === "en" ? "The preview could not be rebuilt:" : "De voorvertoning kon niet opnieuw gebouwd worden:";
    overlay.appendChild(title);
    lines.forEach(function (line) {
      var row = document.createElement("div");
      row.textContent = line;
      overlay.appendChild(row);
    });
  }

  // Beside this script, below the session's token.
  var events = new EventSource(document.currentScript.src.replace(/live\.js$/, "events"));
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("errors", function (event) {
    showErrors(JSON.parse(event.data));
  });
})();
