// Quick exit, after the GOV.UK "Exit this page" component.
// The button, or Shift pressed three times (each press within 5 seconds of the last),
// hides the page at once, shows a plain "Loading." notice for slow connections and
// replaces the current history entry with a neutral site, so Back does not return here.
// Without JavaScript the button is still a plain link to the same neutral site.
(function () {
  "use strict";

  var PRESSES_TO_EXIT = 3;
  var TIMEOUT_MS = 5000;

  var root = document.querySelector("[data-quick-exit-root]");
  var button = document.querySelector("[data-quick-exit]");
  if (!root || !button) return;

  var target = button.getAttribute("href");
  var indicator = root.querySelector("[data-quick-exit-indicator]");
  var lights = indicator ? indicator.children : [];
  var status = root.querySelector("[data-quick-exit-status]");
  var presses = 0;
  var lastKeyWasModified = false;
  var pressTimer = null;
  var messageTimer = null;
  var overlay = null;

  function say(text) {
    if (status) status.textContent = text || "";
  }

  function showProgress() {
    if (!indicator) return;
    indicator.classList.toggle("is-visible", presses > 0);
    for (var i = 0; i < lights.length; i += 1) {
      lights[i].classList.toggle("is-on", i < presses);
    }
  }

  function hidePage() {
    document.documentElement.classList.add("quick-exit-active");
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.className = "quick-exit-overlay";
      overlay.setAttribute("role", "alert");
      overlay.textContent = root.getAttribute("data-loading-text") || "";
      document.body.appendChild(overlay);
    }
    document.title = root.getAttribute("data-loading-text") || "";
  }

  // A saved offline copy goes too, once the reader has left: the service worker,
  // which outlives this page, removes it, so the exit waits for nothing.
  function forgetOfflineCopy() {
    var workers = navigator.serviceWorker;
    if (!workers) return;
    try {
      if (workers.controller) workers.controller.postMessage("forget");
      workers.getRegistrations().then(function (registrations) {
        registrations.forEach(function (registration) {
          if (registration.active) registration.active.postMessage("forget");
        });
      }, function () {});
    } catch (error) {
      // Leaving matters more than the copy.
    }
  }

  function leave(event) {
    if (event) event.preventDefault();
    presses = 0;
    clearTimeout(pressTimer);
    hidePage();
    window.location.replace(target);
    forgetOfflineCopy();
  }

  function expire() {
    presses = 0;
    showProgress();
    say(root.getAttribute("data-timed-out-text"));
    clearTimeout(messageTimer);
    messageTimer = setTimeout(say, TIMEOUT_MS);
  }

  function onKeyUp(event) {
    var isShift = event.key === "Shift" || event.keyCode === 16;
    // Shift used to type a capital letter (Shift+A) is typing, not a press towards exit.
    if (isShift && !lastKeyWasModified) {
      presses += 1;
      showProgress();
      clearTimeout(messageTimer);
      if (presses >= PRESSES_TO_EXIT) {
        leave();
        return;
      }
      say(root.getAttribute(presses === 1 ? "data-press-two-text" : "data-press-one-text"));
      clearTimeout(pressTimer);
      pressTimer = setTimeout(expire, TIMEOUT_MS);
    } else if (!isShift && presses > 0) {
      clearTimeout(pressTimer);
      presses = 0;
      showProgress();
      say("");
    }
    lastKeyWasModified = event.shiftKey;
  }

  button.addEventListener("click", leave);
  document.addEventListener("keyup", onKeyUp, true);

  // If the browser restores this page from its back-forward cache, show it again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("quick-exit-active");
      if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
      overlay = null;
      presses = 0;
      showProgress();
    }
  });
})();
