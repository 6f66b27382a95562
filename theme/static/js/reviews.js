// Reviews on a product page. Without JavaScript every review is listed, newest first, and
// the rating bars are links to the list. With it, a bar shows only the reviews with that
// rating (again: all of them), and a menu sorts them by rating; the statement of the
// order in use, which French law asks for next to the reviews, follows the choice.
(function () {
  "use strict";
  var block = document.querySelector("[data-reviews]");
  if (!block) return;
  var list = block.querySelector("[data-reviews-list]");
  var sort = block.querySelector("[data-reviews-sort]");
  var order = block.querySelector("[data-reviews-order]");
  var status = block.querySelector("[data-reviews-status]");
  var showAll = block.querySelector("[data-reviews-show-all]");
  var bars = Array.prototype.slice.call(block.querySelectorAll("[data-filter]"));
  var reviews = Array.prototype.slice.call(list.children);
  var active = null; // the bar whose rating is shown, or null for every review

  function number(item, name) {
    return Number(item.getAttribute("data-" + name));
  }

  // Ties keep the page's order, which is newest first.
  function compare(a, b) {
    var byPosition = number(a, "position") - number(b, "position");
    if (sort.value === "highest") return number(b, "rating") - number(a, "rating") || byPosition;
    if (sort.value === "lowest") return number(a, "rating") - number(b, "rating") || byPosition;
    return byPosition;
  }

  function show() {
    var rating = active && active.getAttribute("data-filter");
    reviews.slice().sort(compare).forEach(function (item) {
      item.hidden = rating !== null && item.getAttribute("data-rating") !== rating;
      list.appendChild(item);
    });
    bars.forEach(function (bar) {
      if (bar === active) bar.setAttribute("aria-current", "true");
      else bar.removeAttribute("aria-current");
    });
    order.textContent = sort.options[sort.selectedIndex].getAttribute("data-statement");
    status.textContent = active ? active.getAttribute("data-status") : "";
    showAll.hidden = !active;
  }

  bars.forEach(function (bar) {
    bar.addEventListener("click", function (event) {
      event.preventDefault();
      active = active === bar ? null : bar;
      show();
    });
  });
  showAll.addEventListener("click", function () {
    active = null;
    show();
    list.focus();
  });
  sort.addEventListener("change", show);
  block.querySelector("[data-reviews-controls]").hidden = false;
  show();
})();
