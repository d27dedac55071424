// Runs the built Worker (worker/build, from `make worker`) in workerd through
// Miniflare, on loopback only, with nothing sent to Cloudflare: no account,
// no remote bindings, no telemetry. A KV namespace bound as ASSOCIATION_KV
// is seeded from --store DIR (keys are the paths under DIR, as
// "{id}/{version}/{file}").
//
//   node worker/dev.mjs [--port 8787] [--store DIR] [--build DIR] [--ttl 0s]
//
// --ttl is ASSOCIATION_TTL, how long the Worker keeps what it read from the
// store (0s here: every request reads it; deployed, 60s).
//
// It prints "ready URL" once the Worker answers, then serves until killed.
// Lines on standard input change the store while it runs, for tests:
// "put KEY FILE" and "delete KEY".
import { Miniflare } from "miniflare";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const port = Number(opt("--port", "8787"));
const store = opt("--store", "");
const build = opt("--build", join(here, "build"));

const mf = new Miniflare({
  modules: true,
  scriptPath: join(build, "worker.mjs"),
  modulesRoot: build,
  modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
  compatibilityDate: "2026-04-01",
  kvNamespaces: ["ASSOCIATION_KV"],
  bindings: { ASSOCIATION_TTL: opt("--ttl", "0s") },
  host: "127.0.0.1",
  port,
});
const url = await mf.ready;
const kv = await mf.getKVNamespace("ASSOCIATION_KV");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
if (store) {
  for (const f of files(store)) {
    await kv.put(relative(store, f).split(sep).join("/"), readFileSync(f, "utf8"));
  }
}
console.log("ready " + url.href.replace(/\/$/, ""));

const lines = createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const [cmd, key, file] = line.trim().split(/\s+/);
  try {
    if (cmd === "put") await kv.put(key, readFileSync(file, "utf8"));
    else if (cmd === "delete") await kv.delete(key);
    else throw new Error("unknown command " + cmd);
    console.log("ok " + line.trim());
  } catch (e) {
    console.log("error " + e.message);
  }
});
lines.on("close", () => {}); // stdin closed: keep serving until killed
const stop = async () => {
  await mf.dispose();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
