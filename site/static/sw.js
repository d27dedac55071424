// Greenline's service worker: keeps one version of the site in this
// browser, so that it opens and computes with no network, and changes
// version only when the user agrees. The projects themselves live in
// IndexedDB and never pass through here.
//
// go run ./build fills in the version (a hash of everything it built) and
// two lists: the core, kept as the worker installs, and the rest, fetched
// when a page says it is idle. Everything of this version is served from
// its own cache first, so a page never mixes one version's HTML with
// another's engine: a new version's worker installs its files beside the
// old ones and waits; the page offers to reload; on the user's word it
// takes over, and only then are the old version's files removed.
"use strict";

const cacheName = "greenline-__VERSION__";
const core = __CORE__; // relative to this script
const rest = __REST__;

self.addEventListener("install", (e) => {
  // "no-cache": a page is revalidated with the server, never taken from
  // the browser's HTTP cache, where the old version's may still be.
  e.waitUntil(caches.open(cacheName).then((c) => c.addAll(core.map((u) => new Request(u, { cache: "no-cache" })))));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("greenline-") && k !== cacheName).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("message", (e) => {
  if (e.data === "take-over") self.skipWaiting();
  if (e.data === "warm") {
    e.waitUntil(warm().then(() => e.source && e.source.postMessage("warmed")));
  }
});

// warm fetches the files of this version not kept yet.
const warm = async () => {
  const c = await caches.open(cacheName);
  for (const u of rest) {
    if (await c.match(u)) continue;
    try {
      const res = await fetch(new Request(u, { cache: "no-cache" }));
      if (res.ok) await c.put(u, res);
    } catch { /* offline: next time */ }
  }
};

self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== location.origin || url.pathname.endsWith("/sw.js")) return;
  e.respondWith(caches.open(cacheName).then(async (c) => {
    // Pages are kept under their address without the query (a framed
    // calculator's settings are in it).
    const hit = await c.match(req, { ignoreSearch: req.mode === "navigate" });
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && res.type === "basic") c.put(req.mode === "navigate" ? url.pathname : req, res.clone());
    return res;
  }));
});
