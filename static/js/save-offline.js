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

  function save(root) {
    status(root, "data-working-text");
    navigator.serviceWorker
      .register(root.getAttribute("data-worker-url"), { scope: "/" })
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
        // answer to this request tells the browser to empty it too.
        return fetch(root.getAttribute("data-clear-url"), {
          method: "POST",
          credentials: "same-origin",
        }).catch(function () {});
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
