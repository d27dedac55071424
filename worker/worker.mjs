// Greenline's entry module for workerd, in place of the worker.mjs that
// syumai/workers' workers-assets-gen writes (its wasm_exec.js and
// runtime.mjs are used as generated). That one starts a new Go program for
// every request, paying the Go runtime's start and the index of the tables
// each time (100–250 ms a request on loopback); this one starts the program
// once per isolate and hands it every request, so a warm request costs only
// the handler. The Go side calls workers.ServeNonBlock and workers.Ready and
// then waits forever. The program sees the env (the KV or R2 binding) of the
// request that started it: Cloudflare gives every request of an isolate the
// same bindings.
import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";

globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

let program; // { go, binding } once started

async function start(env, ctx) {
  const mod = await loadModule();
  const go = new Go();
  const binding = {};
  let ready;
  const started = new Promise((resolve) => (ready = resolve));
  const instance = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  go.run(instance, createRuntimeContext({ env, ctx, binding }));
  await started;
  return { go, binding };
}

async function fetch(req, env, ctx) {
  if (!program || (await program).go.exited) {
    program = start(env, ctx);
    program.catch(() => (program = undefined));
  }
  const { binding } = await program;
  return binding.handleRequest(req);
}

export default { fetch };
