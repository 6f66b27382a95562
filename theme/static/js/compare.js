/* Comparison tables: "show only differences", "highlight differences" and removing
   columns. Without JavaScript the full table is shown and the controls stay hidden
   (`js-only`: theme/css/noscript.css); with it they are there from the first paint.
   The reader's choices are kept in the page address (`<table id>-only`,
   `<table id>-highlight`, `<table id>-hide=slug,slug`), so a reload or a shared link
   shows the same comparison. A row differs when the `data-key` values of its visible
   cells differ; the keys are computed by the build.

   A category's comparison page (`data-compare-most`) holds every product of the category
   but shows at most that many: the first ones, or those named by `<table id>-show=slug,…`
   (set by the reader's picker on the page, or by the tray of pick.js). */
(function () {
  "use strict";
  var roots = document.querySelectorAll("[data-compare]");
  if (!roots.length || !window.URLSearchParams || !window.history.replaceState) {
    return;
  }

  function each(list, action) {
    Array.prototype.forEach.call(list, action);
  }

  function setUp(root) {
    var id = root.id;
    var tools = root.querySelector("[data-compare-tools]");
    var only = root.querySelector("[data-compare-only]");
    var highlight = root.querySelector("[data-compare-highlight]");
    var restore = root.querySelector("[data-compare-restore]");
    var status = root.querySelector("[data-compare-status]");
    var heads = root.querySelectorAll("thead th[data-column]");
    var columns = Array.prototype.map.call(heads, function (th) { return th.dataset.column; });
    var most = Number(root.dataset.compareMost) || 0;
    var picks = root.querySelectorAll("[data-compare-pick]");
    var params = new URLSearchParams(window.location.search);

    function known(names) {
      return names.split(",").filter(function (key, index, all) {
        return columns.indexOf(key) >= 0 && all.indexOf(key) === index;
      });
    }

    var hidden = known(params.get(id + "-hide") || "");
    if (hidden.length >= columns.length) {
      hidden = [];
    }
    if (most) {
      var wanted = known(params.get(id + "-show") || "").slice(0, most);
      wanted = wanted.length ? wanted : columns.slice(0, most);
      hidden = columns.filter(function (key) { return wanted.indexOf(key) < 0; });
    }
    only.checked = params.get(id + "-only") === "1";
    highlight.checked = params.get(id + "-highlight") === "1";

    function visible(key) {
      return hidden.indexOf(key) < 0;
    }

    function differs(row) {
      var keys = {};
      var count = 0;
      each(row.querySelectorAll("td[data-key]"), function (cell) {
        if (visible(cell.dataset.column) && !(cell.dataset.key in keys)) {
          keys[cell.dataset.key] = true;
          count += 1;
        }
      });
      return count > 1;
    }

    function save() {
      var query = new URLSearchParams(window.location.search);
      var shown = columns.filter(visible).join(",");
      var values = [[id + "-only", only.checked ? "1" : ""],
                    [id + "-highlight", highlight.checked ? "1" : ""],
                    most ? [id + "-show", shown === columns.slice(0, most).join(",") ? "" : shown]
                      : [id + "-hide", hidden.join(",")]];
      values.forEach(function (pair) {
        if (pair[1]) {
          query.set(pair[0], pair[1]);
        } else {
          query.delete(pair[0]);
        }
      });
      var search = query.toString();
      window.history.replaceState(window.history.state, "",
        window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    function render() {
      each(root.querySelectorAll("[data-column]"), function (cell) {
        cell.hidden = !visible(cell.dataset.column);
      });
      each(root.querySelectorAll("tbody tr"), function (row) {
        var keyed = row.querySelector("td[data-key]") !== null;
        var different = keyed && differs(row);
        row.hidden = only.checked && keyed && !different;
        row.classList.toggle("compare-differs", highlight.checked && different);
      });
      var last = columns.length - hidden.length <= 1;
      each(root.querySelectorAll("[data-compare-remove]"), function (button) {
        button.hidden = last;
      });
      restore.hidden = most > 0 || hidden.length === 0;
      each(picks, function (box) {
        box.checked = visible(box.value);
      });
    }

    function say(text) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function change() {
      render();
      save();
    }

    only.addEventListener("change", change);
    highlight.addEventListener("change", change);
    each(root.querySelectorAll("[data-compare-remove]"), function (button) {
      button.addEventListener("click", function () {
        var head = button.closest("th[data-column]");
        var key = head.dataset.column;
        var position = columns.indexOf(key);
        hidden.push(key);
        change();
        // Keep the keyboard where the reader was: the next column's button, else restore.
        var next = columns.slice(position + 1).concat(columns.slice(0, position))
          .filter(visible)[0];
        var target = next && root.querySelector('th[data-column="' + next + '"] [data-compare-remove]');
        var fallback = most ? root.querySelector(".compare-picker summary") : restore;
        (target && !target.hidden ? target : fallback).focus();
        say(tools.dataset.removed + " " + head.querySelector(".compare-name").textContent);
      });
    });
    each(picks, function (box) {
      box.addEventListener("change", function () {
        var shown = columns.filter(visible).length;
        if (box.checked && shown >= most) {
          box.checked = false;
          say(tools.dataset.full);
          return;
        }
        if (!box.checked && shown <= 1) {
          box.checked = true; /* a comparison keeps one product at least */
          return;
        }
        hidden = box.checked ? hidden.filter(function (key) { return key !== box.value; })
          : hidden.concat([box.value]);
        change();
        say((box.checked ? tools.dataset.added : tools.dataset.removed) + " " +
          box.parentNode.textContent.trim());
      });
    });
    restore.addEventListener("click", function () {
      hidden = [];
      change();
      only.focus();
      say(tools.dataset.restored);
    });
    render();
  }

  each(roots, setUp);
})();
