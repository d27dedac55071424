// Greenline's calculation worker: runs the Go core compiled to WebAssembly
// off the main thread, so the page never freezes. Messages in:
// {id, op, input, options}; messages out: {id, out, ms} with the core's
// JSON text (or, for the statements op, its bytes, transferred) and the
// time it took, or
// {type: "ready", phases} / {type: "failed", message} once at start. The
// meter op answers {head, hours} instead (greenline.meter): head the JSON
// text of what was found, hours a Float64Array of every meter's hourly
// watt-hours, transferred to the page, not copied.
"use strict";

// go run ./build replaces the wasm's name with its content-hashed file,
// and the importScripts line with wasm_exec.js itself (Go's glue), which
// it would otherwise fetch: the engine's download starts first.
const wasmURL = "__WASM__";
let first = fetch(wasmURL);
importScripts("__WASM_EXEC__");

// phases are when the engine was compiled and when its start had run, in
// ms on the page's clock, for the page's speed log.
const phases = {};
const now = () => performance.timeOrigin + performance.now();

let engine = start();

function start() {
  const go = new Go();
  const res = first || fetch(wasmURL);
  first = null;
  const load = WebAssembly.instantiateStreaming
    ? WebAssembly.instantiateStreaming(res, go.importObject)
        .catch(() => fetch(wasmURL).then((r) => r.arrayBuffer())
          .then((b) => WebAssembly.instantiate(b, go.importObject)))
    : res.then((r) => r.arrayBuffer())
        .then((b) => WebAssembly.instantiate(b, go.importObject));
  return load.then((r) => {
    phases.compiled = now();
    go.run(r.instance); // returns when the Go program exits, which it should not
    phases.ran = now();
    return go;
  });
}

// warmUp runs the meter reader three times on a made-up file of two
// meters over 400 days (19,200 rows), so that V8 has compiled its loops in
// its optimising tier before a user's file arrives: wasm code runs first in
// V8's baseline tier, and a function already running never switches, so
// the first large import would run mostly there, up to twice as slow. The
// page asks for it when the import is first shown: it takes about 0.3 s.
let warm = false;
function warmUp() {
  if (warm) return 0;
  warm = true;
  const rows = ["Start,Meter,Energy (kWh)"];
  for (let h = 0; h < 24 * 400; h++) {
    const stamp = new Date(Date.UTC(2024, 0, 1, h)).toISOString().slice(0, 16).replace("T", " ");
    rows.push(stamp + ",A,1.500", stamp + ",B,22.250");
  }
  const b = new TextEncoder().encode(rows.join("\n") + "\n");
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) globalThis.greenline.meter(b);
  return performance.now() - t0;
}

engine.then(
  () => {
    postMessage({ type: "ready", phases });
    setTimeout(() => globalThis.greenline.tables()); // see wasm/main_js.go
  },
  (err) => postMessage({ type: "failed", message: String(err) }),
);

// meter reads interval data, with the unit the options name for a header
// naming none.
const meter = (input, options) => globalThis.greenline.meter(input, (options && JSON.parse(options).unit) || "");

onmessage = async (e) => {
  const { id, op, input, options } = e.data;
  let out, ms;
  try {
    let go = await engine;
    if (go.exited) { // a dead instance is replaced, never reused
      engine = start();
      go = await engine;
    }
    const t0 = performance.now();
    out = op === "warm" ? String(warmUp()) : op === "meter" ? meter(input, options) : globalThis.greenline.call(op, input, options || "{}");
    ms = performance.now() - t0;
  } catch (err) {
    out = JSON.stringify({ errors: [{ code: "internal", field: "", message: String(err) }] });
  }
  postMessage({ id, out, ms }, out instanceof Uint8Array ? [out.buffer] : out && out.hours ? [out.hours.buffer] : []);
};
