// The offline copy, only for pages a reader chose to save.
// Served from the site root (see lastrada_site/offline.py) so its scope covers every
// language. It stores nothing by itself: the "Save for offline" button puts the page,
// its styles and scripts into the cache. Every request still goes to the network
// first, so a reader online always gets the current page; only when the network
// fails is a saved copy answered, and anything not saved fails as it would without
// this worker.
"use strict";

var CACHE = "saved-pages";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
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
