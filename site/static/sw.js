// Greenline's service worker: keeps the site's pages and files in this
// browser, so that the calculator opens and computes with no network. The
// projects themselves live in IndexedDB and never pass through here.
//
// Pages come from the network first, so that a new version shows as soon
// as there is one, and from the cache when the network fails. Files under
// assets/ carry their content hash in their name and never change: they
// come from the cache first. go run ./build fills in the two names below.
"use strict";

const cacheName = "greenline-__VERSION__";
const files = __FILES__; // relative to this script: every page and asset

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(cacheName).then((c) => c.addAll(files)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("greenline-") && k !== cacheName).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== location.origin) return;
  if (url.pathname.includes("/assets/")) {
    e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
    return;
  }
  e.respondWith(fetch(req).then((res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(cacheName).then((c) => c.put(req, copy));
    }
    return res;
  }).catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())));
});
