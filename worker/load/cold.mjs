// Times the start of the Worker's Go program outside workerd, in Node (the
// same V8): compiling app.wasm, instantiating it, the Go program's start up
// to workers.Ready (runtime, package init, indexing the tables), the first
// request and warm requests. Run after make worker:
//
//   node worker/load/cold.mjs
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../build/", import.meta.url));
await import(dir + "wasm_exec.js");
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};
const ms = (t) => (performance.now() - t).toFixed(1) + " ms";
const request = async (binding) => (await binding.handleRequest(new Request("http://127.0.0.1/v1/tables/cn-mee-2023/1"))).arrayBuffer();

let t = performance.now();
const mod = await WebAssembly.compile(readFileSync(dir + "app.wasm"));
const compile = ms(t);
t = performance.now();
const go = new Go();
let ready;
const started = new Promise((resolve) => (ready = resolve));
const instance = new WebAssembly.Instance(mod, { ...go.importObject, workers: { ready: () => ready() } });
const instantiate = ms(t);
t = performance.now();
const binding = {};
go.run(instance, { env: {}, ctx: {}, binding });
await started;
const start = ms(t);
t = performance.now();
await request(binding);
const first = ms(t);
t = performance.now();
for (let i = 0; i < 100; i++) await request(binding);
const warm = ((performance.now() - t) / 100).toFixed(2) + " ms";
console.log(`compile ${compile}, instantiate ${instantiate}, Go start to Ready ${start}, first request ${first}, warm request ${warm}`);
process.exit(0);
