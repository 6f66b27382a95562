/* Choosing products to compare: the "Compare" box of product cards and product pages, and
   the tray that leads to the comparison of the chosen ones. Each box names its
   category's comparison page (`data-pick`), the address parameter that page reads
   (`data-pick-param`, compare.js) and how many products it shows at most.

   The choice of each category is kept on this device only (localStorage, one entry per
   comparison page), so that it follows the reader from page to page and tab to tab; the
   comparison itself is a plain address (`…/compare/?compare-audits-show=a,b,c`) that can
   be shared, bookmarked and opened offline once visited. Without JavaScript the boxes
   and the tray are not shown; each category page still links to its comparison. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-pick]");
  var tray = document.querySelector("[data-pick-tray]");
  var status = document.querySelector("[data-pick-status]");
  if (!boxes.length || !tray || !status || !window.Intl) {
    return;
  }
  var KEY = "vitrine-compare:";
  var plurals = new Intl.PluralRules(document.documentElement.lang || "en");
  var memory = {}; /* when storage is refused (some private modes), the choice lasts a page */

  function each(list, action) {
    Array.prototype.forEach.call(list, action);
  }

  function chosen(url) {
    var saved = null;
    try {
      saved = window.localStorage.getItem(KEY + url);
    } catch (error) {
      saved = memory[url] || null;
    }
    try {
      var list = JSON.parse(saved || "[]");
      return Array.isArray(list) ? list.filter(function (slug) { return typeof slug === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }

  function keep(url, list) {
    var text = JSON.stringify(list);
    try {
      if (list.length) {
        window.localStorage.setItem(KEY + url, text);
      } else {
        window.localStorage.removeItem(KEY + url);
      }
    } catch (error) {
      memory[url] = text;
    }
  }

  function say(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function counted(count) {
    var text = tray.dataset[plurals.select(count) === "one" ? "chosenOne" : "chosenOther"];
    return text.replace("{num}", count);
  }

  /* Each comparison page that boxes of this page lead to, once, in page order. */
  function groups() {
    var found = [];
    var seen = {};
    each(boxes, function (box) {
      if (!seen[box.dataset.pick]) {
        seen[box.dataset.pick] = true;
        found.push(box);
      }
    });
    return found;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function group(box, list) {
    var item = element("li", "pick-group");
    item.appendChild(element("strong", "", box.dataset.pickGroup));
    item.appendChild(document.createTextNode(" · " + counted(list.length) + " "));
    if (list.length > 1) {
      var link = element("a", "button", tray.dataset.compareLabel);
      link.href = box.dataset.pick + "?" + encodeURIComponent(box.dataset.pickParam) + "=" +
        list.map(encodeURIComponent).join(",");
      link.appendChild(element("span", "visually-hidden", " – " + box.dataset.pickGroup));
      item.appendChild(link);
    } else {
      item.appendChild(element("span", "meta", tray.dataset.oneMore));
    }
    var clear = element("button", "button button-secondary", tray.dataset.clear);
    clear.type = "button";
    clear.appendChild(element("span", "visually-hidden", " – " + box.dataset.pickGroup));
    clear.addEventListener("click", function () {
      keep(box.dataset.pick, []);
      render();
      say(box.dataset.pickGroup + " · " + counted(0));
      var first = document.querySelector('input[data-pick="' + box.dataset.pick + '"]');
      if (first) {
        first.focus();
      }
    });
    item.appendChild(clear);
    return item;
  }

  function render() {
    each(boxes, function (box) {
      box.checked = chosen(box.dataset.pick).indexOf(box.value) >= 0;
    });
    var list = tray.querySelector("[data-pick-groups]");
    list.textContent = "";
    groups().forEach(function (box) {
      var picked = chosen(box.dataset.pick);
      if (picked.length) {
        list.appendChild(group(box, picked));
      }
    });
    tray.hidden = !list.children.length;
  }

  each(boxes, function (box) {
    box.addEventListener("change", function () {
      var url = box.dataset.pick;
      var list = chosen(url).filter(function (slug) { return slug !== box.value; });
      var most = Number(box.dataset.pickMost) || 5;
      if (box.checked && list.length >= most) {
        box.checked = false;
        say(tray.dataset.full.replace("{num}", most));
        return;
      }
      if (box.checked) {
        list.push(box.value);
      }
      keep(url, list);
      render();
      say(box.dataset.pickGroup + " · " + counted(list.length));
    });
  });
  /* Another tab changed a choice. */
  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key.indexOf(KEY) === 0) {
      render();
    }
  });
  /* Coming back with the browser's back button shows this page as it was left. */
  window.addEventListener("pageshow", render);
  render();
})();
