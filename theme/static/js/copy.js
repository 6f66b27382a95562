/* Copy buttons beside payment details. Without JavaScript the buttons stay hidden and
   the values remain selectable text; with it, a click copies the exact value (the IBAN
   without its spaces, the amount as a plain number) and says so. */
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  document.querySelectorAll("button.copy[data-copy-text]").forEach(function (button) {
    var label = button.firstChild;
    var text = label.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copyText).then(function () {
        label.textContent = button.dataset.copied;
        // Emptied first, so that copying the same value twice is announced twice.
        status.textContent = "";
        window.setTimeout(function () {
          status.textContent = button.dataset.copied + " – " + button.dataset.copyText;
        }, 50);
        button.classList.add("is-copied");
        window.setTimeout(function () {
          label.textContent = text;
          button.classList.remove("is-copied");
        }, 2000);
      });
    });
  });
})();
