// Quick exit: hide the page at once and replace it (and its history entry) with a neutral site.
// Without JavaScript the button is still a plain link to the same neutral site.
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) return;
  var target = button.getAttribute("href");

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("quick-exit-active");
    document.title = "";
    window.location.replace(target);
  }

  button.addEventListener("click", leave);

  // Shift pressed three times, each within 5 seconds of the previous press.
  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    timer = setTimeout(function () { presses = 0; }, 5000);
  });
})();
