/* Sorting and filtering a listing (category and catalogue pages), with no request: the
   cards already on the page carry what they are sorted and filtered by (`data-price`,
   `data-rating`, `data-kind`, `data-f-<facet>`…: plugins/browse/facets.py). Without
   JavaScript the form stays hidden (`js-only`) and every product is listed by name.

   The choice lives in the address (`?sort=price&kind=ebook&duree-min=3`), so a reload or
   a shared link shows the same list. Within a facet the ticked values add up; facets
   narrow each other; each value's count is what ticking it would show. The number of
   products shown is announced to screen readers. */
(function () {
  "use strict";
  var root = document.querySelector("[data-browse]");
  var form = root && root.querySelector("[data-browse-form]");
  if (!form || !window.URLSearchParams || !window.history.replaceState || !window.Intl) {
    return;
  }
  var lang = document.documentElement.lang || "en";
  var collator = new Intl.Collator(lang, {sensitivity: "base", numeric: true});
  var plurals = new Intl.PluralRules(lang);
  var status = form.querySelector("[data-browse-status]");
  var empty = root.querySelector("[data-browse-empty]");
  var sort = form.elements.sort;
  var sections = root.querySelectorAll("[data-browse-section]");
  var grids = root.querySelectorAll("[data-browse-grid]");
  var facets = Array.prototype.map.call(form.querySelectorAll("[data-facet]"), function (set) {
    return {key: set.dataset.facet, number: set.dataset.facetType === "number",
            boxes: set.querySelectorAll("input[type=checkbox]"),
            min: set.querySelector("input[name$='-min']"),
            max: set.querySelector("input[name$='-max']")};
  });
  var cards = [];
  Array.prototype.forEach.call(grids, function (grid) {
    Array.prototype.forEach.call(grid.children, function (item, position) {
      var title = item.querySelector(".card-title");
      cards.push({item: item, grid: grid, position: position,
                  name: title ? title.textContent.trim() : ""});
    });
  });

  function values(card, facet) {
    if (facet.key === "kind") {
      return [card.item.dataset.kind];
    }
    var raw = card.item.getAttribute("data-f-" + facet.key);
    return raw === null ? [] : raw.split("\n");
  }

  function bound(input) {
    var number = input && input.value !== "" ? Number(input.value) : NaN;
    return isNaN(number) ? null : number;
  }

  /* What the reader chose in `facet`: the ticked values, or the bounds of a range. */
  function chosen(facet) {
    if (facet.number) {
      return {min: bound(facet.min), max: bound(facet.max)};
    }
    return Array.prototype.filter.call(facet.boxes, function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function matches(card, facet, choice) {
    if (facet.number) {
      if (choice.min === null && choice.max === null) {
        return true;
      }
      var found = values(card, facet);
      var number = found.length ? Number(found[0]) : NaN;
      return !isNaN(number) && (choice.min === null || number >= choice.min) &&
        (choice.max === null || number <= choice.max);
    }
    return !choice.length || values(card, facet).some(function (value) {
      return choice.indexOf(value) >= 0;
    });
  }

  function matchesAll(card, choices, except) {
    return facets.every(function (facet, index) {
      return index === except || matches(card, facet, choices[index]);
    });
  }

  /* Empty values (no price: on quote; no rating; no date) go last in every order. */
  function byNumber(key, direction) {
    return function (a, b) {
      var x = a.item.dataset[key];
      var y = b.item.dataset[key];
      if (x === "" || y === "") {
        return (x === "") - (y === "");
      }
      return direction * (Number(x) - Number(y));
    };
  }

  var orders = {
    name: function (a, b) { return collator.compare(a.name, b.name); },
    price: byNumber("price", 1),
    "-price": byNumber("price", -1),
    rating: function (a, b) {
      return byNumber("rating", -1)(a, b) || byNumber("reviews", -1)(a, b);
    },
    newest: function (a, b) {
      var x = a.item.dataset.date;
      var y = b.item.dataset.date;
      return (x === "") - (y === "") || (x < y ? 1 : x > y ? -1 : 0);
    }
  };

  function order() {
    var compare = orders[sort.value] || orders.name;
    cards.slice().sort(function (a, b) {
      return compare(a, b) || a.position - b.position;
    }).forEach(function (card) {
      card.grid.appendChild(card.item);
    });
  }

  function recount(choices) {
    facets.forEach(function (facet, index) {
      Array.prototype.forEach.call(facet.boxes, function (box) {
        var count = cards.filter(function (card) {
          return matchesAll(card, choices, index) && values(card, facet).indexOf(box.value) >= 0;
        }).length;
        box.parentNode.querySelector("[data-count]").textContent = "(" + count + ")";
      });
    });
  }

  function save() {
    var query = new URLSearchParams(window.location.search);
    query.delete("sort");
    if (sort.value !== "name") {
      query.set("sort", sort.value);
    }
    facets.forEach(function (facet) {
      [facet.key, facet.key + "-min", facet.key + "-max"].forEach(function (name) {
        query.delete(name);
      });
      Array.prototype.forEach.call(facet.boxes, function (box) {
        if (box.checked) {
          query.append(facet.key, box.value);
        }
      });
      [facet.min, facet.max].forEach(function (input) {
        if (input && bound(input) !== null) {
          query.set(input.name, input.value);
        }
      });
    });
    var search = query.toString();
    window.history.replaceState(window.history.state, "",
      window.location.pathname + (search ? "?" + search : "") + window.location.hash);
  }

  function restore() {
    var query = new URLSearchParams(window.location.search);
    var wanted = query.get("sort");
    if (wanted && orders[wanted]) {
      sort.value = wanted;
    }
    facets.forEach(function (facet) {
      var ticked = query.getAll(facet.key);
      Array.prototype.forEach.call(facet.boxes, function (box) {
        box.checked = ticked.indexOf(box.value) >= 0;
      });
      [facet.min, facet.max].forEach(function (input) {
        if (input && query.get(input.name) !== null && !isNaN(Number(query.get(input.name)))) {
          input.value = query.get(input.name);
        }
      });
    });
  }

  var announcement = null;
  function announce(shown) {
    var text = form.dataset[plurals.select(shown) === "one" ? "shownOne" : "shownOther"];
    window.clearTimeout(announcement);
    // After the typing pauses, and once per change: a reader hears the result, not each key.
    announcement = window.setTimeout(function () {
      status.textContent = text.replace("{num}", shown);
    }, 400);
  }

  function apply(spoken) {
    var choices = facets.map(chosen);
    var shown = 0;
    cards.forEach(function (card) {
      card.item.hidden = !matchesAll(card, choices, -1);
      shown += card.item.hidden ? 0 : 1;
    });
    Array.prototype.forEach.call(sections, function (section) {
      section.hidden = !section.querySelector("[data-browse-grid] > li:not([hidden])");
    });
    empty.hidden = shown > 0;
    recount(choices);
    order();
    save();
    if (spoken) {
      announce(shown);
    }
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "number") {
      apply(true);
    }
  });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { apply(true); }, 0); /* after the form is reset */
  });
  restore();
  apply(false);
})();
