// The case screen's Update form: leaving the page with something typed or changed
// and not saved asks first. A failed save shows the text again, unsaved, so leaving
// after it asks too. Loaded from a file: the admin allows no inline script.
(function () {
  "use strict";
  var form = document.querySelector("form[data-hotline-case]");
  if (!form) {
    return;
  }
  var saving = false;

  function changed(element) {
    if (element.type === "hidden" || element.type === "submit" || element.disabled) {
      return false;
    }
    if (element.type === "checkbox" || element.type === "radio") {
      return element.checked !== element.defaultChecked;
    }
    if (element.tagName === "SELECT") {
      return Array.prototype.some.call(element.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    return element.value !== element.defaultValue;
  }

  function unsaved() {
    // After a failed save everything sent is back in the form, and none of it is stored.
    if (form.hasAttribute("data-hotline-unsaved")) {
      return true;
    }
    return Array.prototype.some.call(form.elements, changed);
  }

  form.addEventListener("submit", function () {
    saving = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if (!saving && unsaved()) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
