// The engine's early start. The page links this classic script async
// from the top of its <head>, so that it runs as soon as it has loaded,
// before the page's modules are evaluated (engine.js would start the
// worker a few hundred ms later): the worker is created, and the wasm
// downloads and compiles, while the page loads. The worker is handed to
// engine.js on this script element, not through a global: {worker,
// created, first, at, error}, first being the worker's first message
// ("ready" or "failed"), at when it came, and error whether the worker
// failed to load, any of which may come before engine.js listens. Should
// engine.js run first (both are async), it starts the worker there, and
// this script leaves it be.
"use strict";
{
  const me = document.currentScript;
  if (!me.engine) {
    const engine = { worker: new Worker(me.dataset.worker), created: performance.now(), first: null, at: 0, error: false };
    engine.worker.onmessage = (e) => { engine.first = e.data; engine.at = performance.now(); };
    engine.worker.onerror = () => { engine.error = true; };
    me.engine = engine;
  }
}
