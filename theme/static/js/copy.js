/* Copy buttons beside payment details. Without JavaScript the buttons stay hidden and
   the values remain selectable text; with it, a click copies the exact value (the IBAN
   without its spaces) and says so, on the button and to screen readers. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button.copy[data-copy-text]");
  if (!buttons.length || !navigator.clipboard) {
    return;
  }
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function announce(text) {
    // Emptied first, so that the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  buttons.forEach(function (button) {
    var label = button.firstChild;
    var text = label.textContent;
    var restore = 0;
    button.hidden = false;
    button.addEventListener("click", function () {
      window.clearTimeout(restore);
      navigator.clipboard.writeText(button.dataset.copyText).then(function () {
        label.textContent = button.dataset.copied;
        button.classList.add("is-copied");
        announce(button.dataset.copied + " – " + button.dataset.copyText);
      }, function () {
        label.textContent = button.dataset.failed;
        announce(button.dataset.failed);
      });
      restore = window.setTimeout(function () {
        label.textContent = text;
        button.classList.remove("is-copied");
      }, 2000);
    });
  });
})();
