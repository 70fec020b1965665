// Error summary, after the GOV.UK pattern: when a form comes back with errors the summary
// gets focus, so screen readers announce it at once; its links then put the cursor in the
// field and scroll so that the field's label or question is visible above it.
(function () {
  "use strict";

  var summary = document.querySelector(".error-summary");
  if (!summary) return;

  if (!summary.hasAttribute("tabindex")) summary.setAttribute("tabindex", "-1");
  summary.focus();

  function labelFor(input) {
    var fieldset = input.closest("fieldset");
    if (fieldset && (input.type === "radio" || input.type === "checkbox")) {
      var legend = fieldset.querySelector("legend");
      if (legend) return legend;
    }
    return document.querySelector('label[for="' + input.id + '"]') || input;
  }

  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) return;
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) return;
    event.preventDefault();
    labelFor(input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
