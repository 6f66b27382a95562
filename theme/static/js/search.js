/* The search page. Without JavaScript the page says search needs it and links to the
   catalogue (a <noscript>, and theme/css/noscript.css hides the filters); with it, the Pagefind index of the page's language (built with the site,
   served from it: no other host, works offline once cached) answers as the visitor types.
   Results are built with DOM methods only: no inline style, no HTML from strings except
   Pagefind's excerpt, whose text and <mark> elements alone are copied over. */
(function () {
  "use strict";
  var root = document.querySelector("[data-search]");
  if (!root) {
    return;
  }
  var form = root.querySelector("form");
  var input = form.querySelector("input[type=search]");
  var status = root.querySelector("[data-search-status]");
  var list = root.querySelector("[data-search-results]");
  var filterBox = root.querySelector("[data-search-filters]");
  var MAX_RESULTS = 30;
  var plural = new Intl.PluralRules(document.documentElement.lang || "en");
  var pagefind = null;
  var latest = 0;

  function message(name, values) {
    var text = root.dataset[name] || "";
    Object.keys(values).forEach(function (key) {
      text = text.split("{" + key + "}").join(values[key]);
    });
    return text;
  }

  function counted(prefix, count, query) {
    var category = plural.select(count) === "one" ? "One" : "Other";
    return message(prefix + category, { count: String(count), query: query });
  }

  function chosenFilters() {
    var filters = {};
    filterBox.querySelectorAll("input:checked").forEach(function (box) {
      var name = box.name;
      (filters[name] = filters[name] || { any: [] }).any.push(box.value);
    });
    return filters;
  }

  /* The page lists the choices its build expects; the index has the last word: a choice
     it does not know is removed, one it knows and the page lacks is added. */
  function matchFilterChoices(available) {
    filterBox.querySelectorAll("fieldset[data-filter]").forEach(function (fieldset) {
      var name = fieldset.dataset.filter;
      var known = available[name] || {};
      fieldset.querySelectorAll("label").forEach(function (label) {
        if (!Object.prototype.hasOwnProperty.call(known, label.querySelector("input").value)) {
          label.remove();
        }
      });
      Object.keys(known).sort(function (a, b) {
        return a.localeCompare(b);
      }).forEach(function (value) {
        var shown = Array.prototype.some.call(fieldset.querySelectorAll("input"), function (box) {
          return box.value === value;
        });
        if (!shown) {
          var label = document.createElement("label");
          var box = document.createElement("input");
          box.type = "checkbox";
          box.name = name;
          box.value = value;
          label.append(box, " " + value);
          fieldset.append(label);
        }
      });
      if (!fieldset.querySelector("input")) {
        fieldset.remove();
      }
    });
    filterBox.hidden = !filterBox.querySelector("input");
  }

  /* Pagefind's excerpt is HTML: keep its text and its <mark> highlights, nothing else. */
  function excerptNodes(html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var nodes = [];
    parsed.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(node.textContent));
      }
    });
    return nodes;
  }

  function resultItem(data) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    heading.append(link);
    var facts = document.createElement("p");
    facts.className = "search-result-facts";
    [data.meta.type, data.meta.category].forEach(function (fact) {
      if (fact) {
        var span = document.createElement("span");
        span.textContent = fact;
        facts.append(span);
      }
    });
    if (data.meta.price) {
      var price = document.createElement("span");
      price.className = "search-result-price";
      price.textContent = data.meta.price;
      facts.append(price);
    }
    var excerpt = document.createElement("p");
    excerpt.className = "search-result-excerpt";
    excerpt.append.apply(excerpt, excerptNodes(data.excerpt || ""));
    item.append(heading, facts, excerpt);
    return item;
  }

  function showQueryInAddress(query) {
    var address = new URL(window.location.href);
    if (query) {
      address.searchParams.set("q", query);
    } else {
      address.searchParams.delete("q");
    }
    window.history.replaceState(null, "", address);
  }

  async function run() {
    var query = input.value.trim();
    var filters = chosenFilters();
    var filtered = Object.keys(filters).length > 0;
    var ticket = ++latest;
    showQueryInAddress(query);
    if (!query && !filtered) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    var search = await pagefind.search(query || null, { filters: filters });
    var shown = await Promise.all(
      search.results.slice(0, MAX_RESULTS).map(function (result) { return result.data(); })
    );
    if (ticket !== latest) {
      return; // a newer query has started: its results win
    }
    list.replaceChildren.apply(list, shown.map(resultItem));
    var count = search.results.length;
    if (!count) {
      status.textContent = message("resultNone", { query: query });
    } else if (query) {
      status.textContent = counted("result", count, query);
    } else {
      status.textContent = counted("filtered", count, "");
    }
  }

  function failed(error) {
    status.textContent = root.dataset.failed;
    if (window.console) {
      window.console.error(error);
    }
  }

  var pending = 0;
  function soon() {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () { run().catch(failed); }, 150);
  }

  async function start() {
    pagefind = await import(root.dataset.pagefind);
    // Result URLs are resolved against pagefind.js's own folder: no base URL to give.
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    matchFilterChoices(await pagefind.filters());
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(pending);
      run().catch(failed);
    });
    input.addEventListener("input", soon);
    filterBox.addEventListener("change", soon);
    input.value = new URLSearchParams(window.location.search).get("q") || input.value;
    if (input.value.trim()) {
      await run();
    }
  }

  start().catch(failed);
})();
