// Every page loads this module: it registers the service worker, which
// keeps the site for use with no network, and, when a new version has
// been installed beside the one running, says so and offers to reload.
// Reloading asks the new version to take over; every open page of the
// site then reloads, so that none runs on with the old version's files.
// The worker is registered only once the page has loaded and is idle, so
// that its start and what it keeps at once do not compete with the page's
// own start (the engine's download and compilation above all); when the
// page is idle again it asks the worker to fetch the rest of the site.

const notice = document.querySelector(".update-notice");
const sw = navigator.serviceWorker;

if (sw) {
  const controlled = Boolean(sw.controller); // false on a first visit
  let reloading = false;
  sw.addEventListener("controllerchange", () => {
    if (!controlled || reloading) return;
    reloading = true;
    location.reload();
  });
  sw.addEventListener("message", (e) => {
    if (e.data === "warmed") document.documentElement.dataset.offline = "ready";
  });

  // offer shows the notice for a worker that waits.
  const offer = (worker) => {
    if (!notice || !controlled) return;
    notice.hidden = false;
    notice.querySelector("[data-update-reload]").onclick = () => worker.postMessage("take-over");
  };

  const idle = globalThis.requestIdleCallback || ((f) => setTimeout(f, 2000));
  const loaded = document.readyState === "complete" ? Promise.resolve() : new Promise((r) => addEventListener("load", r, { once: true }));
  const register = () => sw.register(new URL("../../sw.js", import.meta.url));
  loaded.then(() => new Promise((r) => idle(r, { timeout: 5000 }))).then(register).then((reg) => {
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed") offer(worker);
      });
    });
    sw.ready.then((r) => idle(() => r.active && r.active.postMessage("warm"), { timeout: 10000 }));
  }).catch(() => { /* the page works without it, online */ });
}
