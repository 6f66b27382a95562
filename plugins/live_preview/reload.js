/* Live preview (make devserver only): follows the builds, reloads the page after a good
   one, and shows a failed build's error lines over the last good page. Served by the
   development server from its own address; never part of the site. */
(function () {
  "use strict";
  var seen = null;
  var overlay = null;

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(lines) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.id = "live-preview-errors";
    overlay.setAttribute("role", "alert");
    var style = overlay.style; /* CSSOM: allowed under the pages' policy, unlike style="" */
    style.position = "fixed";
    style.left = style.right = style.bottom = "0";
    style.maxHeight = "60vh";
    style.overflow = "auto";
    style.zIndex = "2147483647";
    style.margin = "0";
    style.padding = "1rem 1.25rem";
    style.background = "#2b0a0a";
    style.color = "#ffe9e9";
    style.font = "0.9rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    style.borderTop = "4px solid #e5484d";
    var title = document.createElement("p");
    title.textContent = document.documentElement.lang === "fr"
      ? "La compilation a échoué ; la page ci-dessous est la dernière version réussie."
      : "The build failed; the page below is the last good one.";
    title.style.fontWeight = "700";
    title.style.margin = "0 0 0.5rem";
    var pre = document.createElement("pre");
    pre.textContent = lines.join("\n");
    pre.style.margin = "0";
    pre.style.whiteSpace = "pre-wrap";
    overlay.append(title, pre);
    document.body.append(overlay);
  }

  var events = new EventSource("/__live/events");
  events.addEventListener("build", function (message) {
    var build = JSON.parse(message.data);
    var first = seen === null;
    var newer = !first && build.number !== seen;
    seen = build.number;
    if (build.errors.length) showErrors(build.errors);
    else if (newer) location.reload();
    else if (!first) hideErrors();
  });
})();
