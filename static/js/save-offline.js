// "Save for offline" and "Remove saved pages", after the reader asks and never before:
// no service worker is registered and nothing is cached until the button is pressed.
// Without JavaScript (or without service workers) both controls stay hidden.
(function () {
  "use strict";

  var CACHE = "saved-pages";
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;

  function status(root, name) {
    var line = root.querySelector("[data-offline-status]");
    if (line) line.textContent = root.getAttribute(name) || "";
  }

  // The page itself, and the styles and scripts it needs (the quick exit among them).
  function pageParts() {
    var urls = [location.pathname];
    var parts = document.querySelectorAll("link[rel~='stylesheet'][href], script[src]");
    for (var i = 0; i < parts.length; i += 1) {
      var url = new URL(parts[i].href || parts[i].src, location.href);
      if (url.origin === location.origin) urls.push(url.pathname + url.search);
    }
    return urls;
  }

  // The worker is registered for this page's language only (/ru/, /be/ or /en/): its
  // scope never reaches the admin, and it leaves the request form's pages alone.
  function languageScope() {
    var first = location.pathname.split("/")[1];
    return /^(ru|be|en)$/.test(first) ? "/" + first + "/" : null;
  }

  function save(root) {
    status(root, "data-working-text");
    var scope = languageScope();
    if (!scope) {
      status(root, "data-failed-text");
      return;
    }
    navigator.serviceWorker
      .register(root.getAttribute("data-worker-url"), { scope: scope })
      .then(function () {
        return caches.open(CACHE);
      })
      .then(function (cache) {
        return cache.addAll(pageParts());
      })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function () {
        root.setAttribute("data-offline-saved", "");
        status(root, "data-done-text");
      })
      .catch(function () {
        status(root, "data-failed-text");
      });
  }

  function removeAll(root) {
    caches
      .keys()
      .then(function (names) {
        return Promise.all(names.map(function (name) { return caches.delete(name); }));
      })
      .then(function () {
        return navigator.serviceWorker.getRegistrations();
      })
      .then(function (registrations) {
        return Promise.all(registrations.map(function (r) { return r.unregister(); }));
      })
      .then(function () {
        // The browser's ordinary cache may still hold the page for a minute; the
        // answer to this request tells the browser to empty it too. It is a
        // same-origin POST with Django's CSRF token, which the same address gives.
        var url = root.getAttribute("data-clear-url");
        return fetch(url, { credentials: "same-origin", cache: "no-store" })
          .then(function (response) {
            return response.json();
          })
          .then(function (answer) {
            return fetch(url, {
              method: "POST",
              credentials: "same-origin",
              headers: { "X-CSRFToken": answer.token },
            });
          })
          .catch(function () {});
      })
      .then(function () {
        root.setAttribute("data-offline-removed", "");
        status(root, "data-done-text");
      })
      .catch(function () {
        status(root, "data-failed-text");
      });
  }

  var roots = document.querySelectorAll("[data-offline]");
  for (var i = 0; i < roots.length; i += 1) {
    (function (root) {
      var button = root.querySelector("button");
      if (!button) return;
      root.hidden = false;
      button.addEventListener("click", function () {
        if (root.getAttribute("data-offline") === "remove") removeAll(root);
        else save(root);
      });
    })(roots[i]);
  }
})();
