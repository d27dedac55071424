// Greenline's calculation worker: runs the Go core compiled to WebAssembly
// off the main thread, so the page never freezes. Messages in:
// {id, op, input}; messages out: {id, out} with the core's JSON text, or
// {type: "ready"} / {type: "failed", message} once at start.
"use strict";

// go run ./build replaces these two names with the content-hashed files.
importScripts("__WASM_EXEC__");
const wasmURL = "__WASM__";

let engine = start();

function start() {
  const go = new Go();
  const load = WebAssembly.instantiateStreaming
    ? WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject)
        .catch(() => fetch(wasmURL).then((r) => r.arrayBuffer())
          .then((b) => WebAssembly.instantiate(b, go.importObject)))
    : fetch(wasmURL).then((r) => r.arrayBuffer())
        .then((b) => WebAssembly.instantiate(b, go.importObject));
  return load.then((r) => {
    go.run(r.instance); // returns when the Go program exits, which it should not
    return go;
  });
}

engine.then(
  () => postMessage({ type: "ready" }),
  (err) => postMessage({ type: "failed", message: String(err) }),
);

onmessage = async (e) => {
  const { id, op, input } = e.data;
  let out, ms;
  try {
    let go = await engine;
    if (go.exited) { // a dead instance is replaced, never reused
      engine = start();
      go = await engine;
    }
    const t0 = performance.now();
    out = globalThis.greenline.call(op, input);
    ms = performance.now() - t0;
  } catch (err) {
    out = JSON.stringify({ errors: [{ code: "internal", field: "", message: String(err) }] });
  }
  postMessage({ id, out, ms });
};
