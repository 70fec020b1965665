// The offline copy, only for pages a reader chose to save.
// Served from the site root (see lastrada_site/offline.py) and registered for one
// language at a time (/ru/, /be/ or /en/), so its scope never covers the admin. It
// stores nothing by itself: the "Save for offline" button puts the page, its styles
// and scripts into the cache. Every request still goes to the network first, so a
// reader online always gets the current page; only when the network fails is a
// saved copy answered, and anything not saved fails as it would without this worker.
// The request form, its thank-you page and the answers pages (under /<lang>/hotline/)
// are left alone entirely: never answered from the copy, never stored.
"use strict";

var CACHE = "saved-pages";
// The site's languages (settings.LANGUAGES); a test keeps the two lists the same.
var LANGUAGE_SCOPE = /^\/(ru|be|en)\/$/;
var LEFT_ALONE = /^\/(ru|be|en)\/hotline\//;

function scopeAllowed() {
  return LANGUAGE_SCOPE.test(new URL(self.registration.scope).pathname);
}

function clearOnServer() {
  // A same-origin POST with Django's CSRF token, asked for first: the answer tells the
  // browser to drop this site's ordinary cache, storage and cookies too.
  var url = new URL("/offline-clear/", self.location.origin).href;
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
}

function forget() {
  return caches
    .keys()
    .then(function (names) {
      return Promise.all(names.map(function (name) { return caches.delete(name); }));
    })
    .then(clearOnServer)
    .then(function () {
      return self.registration.unregister();
    });
}

self.addEventListener("install", function (event) {
  // A registration for any other scope (the whole site, as an older version of the
  // button made) removes itself and its copy instead of starting.
  if (!scopeAllowed()) {
    event.waitUntil(forget());
    return;
  }
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  if (scopeAllowed()) event.waitUntil(self.clients.claim());
});

// The quick exit asks for this as the reader leaves; the worker outlives the page,
// so the exit itself does not wait for it.
self.addEventListener("message", function (event) {
  if (event.data === "forget" && event.origin === self.location.origin) {
    event.waitUntil(forget());
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!scopeAllowed() || LEFT_ALONE.test(url.pathname)) return;
  event.respondWith(
    fetch(request).catch(function (error) {
      return caches
        .open(CACHE)
        .then(function (cache) {
          return cache.match(request, { ignoreVary: true });
        })
        .then(function (saved) {
          if (saved) return saved;
          throw error;
        });
    })
  );
});
