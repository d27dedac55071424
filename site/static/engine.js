// The engine: the only code of the page that knows the core's operations.
// The core runs in a Web Worker (worker.js); each call posts a request
// and resolves with the core's answer, read: a result, a meter file's
// series, or {errors: [...]} with every problem as code, place and
// parameters. Nothing else in the page sends text to the core or reads
// its JSON.

import { state } from "./state.js";

// The worker was started by boot.js, which runs as soon as it has loaded,
// and is taken from its script element; if this module runs first (or
// boot.js did not load), it starts the worker itself, in the same place.
const boot = document.querySelector("script[data-worker]");
boot.engine ||= { worker: new Worker(boot.dataset.worker), created: performance.now() }; // its messages come here
const { worker } = boot.engine;
state.timing.worker = boot.engine.created;
const pending = new Map();
let nextID = 1;
let ready;
const started = new Promise((resolve) => { ready = resolve; });

// status says how the engine is (the page says "Loading…" until it is
// ready), once the page has been parsed: the engine may be ready first.
const parsed = document.readyState === "loading"
  ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
  : Promise.resolve();
const status = (failed) => parsed.then(async () => {
  document.getElementById("status").textContent = failed ? (await import("./text.js")).text.engineFailed : "";
});

// failure is the answer of a call the engine could not make.
const failure = () => JSON.stringify({ errors: [{ code: "internal", field: "" }] });

// receive takes a message of the worker; at is when it came, for one
// boot.js kept before this module ran.
const receive = (m, at = performance.now()) => {
  if (m.type === "ready") {
    state.timing.ready = at;
    // When the worker was compiled and its Go start had run, on this
    // page's clock (time origin: the navigation).
    for (const [k, t] of Object.entries(m.phases || {})) state.timing["engine" + k[0].toUpperCase() + k.slice(1)] = t - performance.timeOrigin;
    status(false);
    isReady = true;
    ready();
    return;
  }
  if (m.type === "failed") { broken(); return; }
  const resolve = pending.get(m.id);
  pending.delete(m.id);
  state.timing.engine = m.ms; // time inside the engine, for the speed log
  if (resolve) resolve(m.out);
};
// A worker that fails settles every pending call with an error, so that
// the page never waits for an answer that will not come; one that fails
// before it is ready settles every later call so too. (After it was
// ready, an error is one call's: the worker replaces an engine that
// stopped, and later calls are answered.)
let isReady = false, failed = false;
function broken() {
  status(true);
  for (const [, resolve] of pending) resolve(failure());
  pending.clear();
  if (!isReady) {
    failed = true;
    ready();
  }
}
// The worker may have said it is ready (or failed), or failed to load,
// before this module ran.
if (boot.engine.first) receive(boot.engine.first, boot.engine.at);
if (boot.engine.error) broken();
worker.onmessage = (e) => receive(e.data);
worker.onerror = broken;

// transfer lists what is handed to the worker rather than copied.
const call = async (op, input, options, transfer = []) => {
  await started;
  if (failed) return failure();
  return new Promise((resolve) => {
    const id = nextID++;
    pending.set(id, resolve);
    worker.postMessage({ id, op, input, options: options ? JSON.stringify(options) : "" }, transfer);
  });
};

const read = (out) => {
  try { return JSON.parse(out); } catch (_) { return { errors: [{ code: "internal", field: "" }] }; }
};

// calculate computes a project file (as text): {out, answer}, out being
// the core's JSON as it is (what the CLI prints for the same file) and
// answer that JSON read. tables are factor tables kept from the Worker
// ({manifest, csv, signature}), added to the embedded ones as
// `greenline calc --tables DIR` adds a directory's.
export const calculate = async (input, tables) => {
  const out = await call("calc", input, tables && tables.length ? { tables } : undefined);
  return { out, answer: read(out) };
};

// check validates a project file (as text): {errors, warnings}, each
// problem as code, place and parameters (what `greenline validate` says).
export const check = async (input) => read(await call("validate", input));

// readMeter reads interval data: the file's bytes (UTF-8) or its decoded
// text, with the unit to assume when its header names none; bytes are
// handed to the worker, not copied, and are empty here after. The answer is
// {summary, meters} with each meter's number of hours, and hours: a
// Float64Array of every meter's hourly watt-hours, meter after meter; or
// {errors}.
export const readMeter = async (input, unit) => {
  const t0 = performance.now();
  const out = await call("meter", input, { unit }, input instanceof Uint8Array ? [input.buffer] : []);
  const t1 = performance.now();
  const answer = read(typeof out === "string" ? out : out.head);
  if (out.hours && !answer.errors) answer.hours = out.hours;
  state.timing.meterParts = { core: performance.now() - t0, engine: state.timing.engine, parse: performance.now() - t1 };
  return answer;
};

// issueStatements issues the allocation statements of an operator's
// project file (as text): {statements: [{name, user, facility, supply,
// green, sha256, bytes}]}, bytes being each file's UTF-8 bytes as the CLI
// writes them, or {errors}. The core answers, as bytes handed over, not
// copied, a line of JSON naming the files with their lengths in bytes,
// then the files as they are.
export const issueStatements = async (input) => {
  const out = await call("statements", input);
  if (typeof out === "string") return read(out); // the worker's own failure
  const nl = out.indexOf(10); // "\n"
  const answer = read(new TextDecoder().decode(nl < 0 ? out : out.subarray(0, nl)));
  if (nl < 0 || answer.errors) return answer;
  let at = nl + 1;
  for (const s of answer.statements || []) { s.bytes = out.subarray(at, at + s.length); at += s.length; }
  return answer;
};

// warm has the engine run its meter reader on made-up data, so that the
// first real file is read by optimised code; it answers the time taken.
export const warm = async () => Number(await call("warm", ""));
