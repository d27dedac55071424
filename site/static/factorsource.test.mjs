// Tests for factorsource.js against the real Worker in workerd (make worker
// first; make test does). Run: node --test site/static/factorsource.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { factorSource } from "./factorsource.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const park = root + "worker/testdata/store/example-park-2025/1/";
const rfcKeyID = "21fe31dfa154a261626bf854046fd227"; // RFC 8032 test 1's key
let worker, url;

before(async () => {
  worker = spawn("node", [root + "worker/dev.mjs", "--port", "0", "--store", root + "worker/testdata/store"], { stdio: ["pipe", "pipe", "inherit"] });
  url = await new Promise((resolve, reject) => {
    createInterface({ input: worker.stdout }).on("line", (l) => l.startsWith("ready ") && resolve(l.slice(6)));
    worker.on("exit", () => reject(new Error("worker/dev.mjs ended; run make worker first")));
  });
});
after(() => worker.kill("SIGTERM"));

const memory = () => {
  let saved = [];
  return { load: async () => saved, save: async (t) => (saved = t) };
};
const embedded = [{ id: "cn-mee-2023", version: 1 }, { id: "cn-mee-2022", version: 1 }, { id: "cn-mee-2021", version: 1 },
  { id: "cn-footprint-2024", version: 1 }, { id: "cn-footprint-2023", version: 1 }, { id: "us-egrid2023", version: 1 },
  { id: "world-owid-2024", version: 1 }, { id: "world-owid-2023", version: 1 }];

test("an association table is refused until its key is trusted", async () => {
  const { tables, refused } = await factorSource({ url, embedded, keep: memory() }).refresh();
  assert.deepEqual(tables, []);
  assert.deepEqual(refused, [{ id: "example-park-2025", version: 1, code: "factor.untrusted", params: { key_id: rfcKeyID } }]);
});

test("a trusted association table is kept as signed, byte for byte", async () => {
  const keep = memory();
  const { tables, refused } = await factorSource({ url, embedded, trusted: [rfcKeyID], keep }).refresh();
  assert.deepEqual(refused, []);
  assert.equal(tables.length, 1);
  const t = tables[0];
  assert.equal(`${t.id}@${t.version} ${t.source} ${t.key_id}`, `example-park-2025@1 worker ${rfcKeyID}`);
  assert.equal(t.url, url + "/v1/tables/example-park-2025/1");
  assert.equal(t.csv, readFileSync(park + "example-park-2025.csv", "utf8"));
  assert.equal(t.manifest, readFileSync(park + "manifest.json", "utf8"));
  assert.deepEqual(t.signature, JSON.parse(readFileSync(park + "signature.json", "utf8")));
  assert.deepEqual(await keep.load(), tables);
});

test("a table newer than the embedded one is fetched and checked", async () => {
  const older = embedded.map((t) => (t.id === "cn-mee-2023" ? { ...t, version: 0 } : t));
  const { tables } = await factorSource({ url, embedded: older, keep: memory() }).refresh();
  assert.deepEqual(tables.map((t) => `${t.id}@${t.version}`), ["cn-mee-2023@1"]);
  assert.equal(tables[0].csv, readFileSync(root + "calc/factors/tables/cn-mee-2023.csv", "utf8"));
  assert.equal(JSON.parse(tables[0].manifest).tables[0].id, "cn-mee-2023");
});

test("bytes changed on the way are refused by their hash", async () => {
  const tamper = async (u, init) => {
    const res = await fetch(u, init);
    if (!u.endsWith("/v1/tables/example-park-2025/1")) return res;
    const text = (await res.text()).replace("0.4000", "0.1000");
    return new Response(text, { status: 200 });
  };
  const { tables, refused } = await factorSource({ url, embedded, trusted: [rfcKeyID], fetchFn: tamper, keep: memory() }).refresh();
  assert.deepEqual(tables, []);
  assert.equal(refused.length, 1);
  assert.equal(refused[0].code, "factor.hash");
  assert.equal(refused[0].params.want, JSON.parse(readFileSync(park + "signature.json", "utf8")).files["example-park-2025.csv"]);
});

test("a signature that does not verify is refused", async () => {
  const forge = async (u, init) => {
    const res = await fetch(u, init);
    if (!u.endsWith("/v1/tables")) return res;
    const index = await res.json();
    const e = index.tables.find((t) => t.id === "example-park-2025");
    e.signature = { ...e.signature, signature: btoa(String.fromCharCode(...new Uint8Array(64))) };
    return new Response(JSON.stringify(index), { status: 200 });
  };
  const { tables, refused } = await factorSource({ url, embedded, trusted: [rfcKeyID], fetchFn: forge, keep: memory() }).refresh();
  assert.deepEqual(tables, []);
  assert.deepEqual(refused.map((r) => `${r.code}: ${r.params.reason}`), ["factor.signature: signature.invalid"]);
});

test("with the Worker unreachable or silent, the kept tables stay and nothing throws", async () => {
  const keep = memory();
  await factorSource({ url, embedded, trusted: [rfcKeyID], keep }).refresh();
  const gone = await factorSource({ url: "http://127.0.0.1:9", embedded, trusted: [rfcKeyID], keep }).refresh();
  assert.deepEqual(gone.tables.map((t) => `${t.id}@${t.version}`), ["example-park-2025@1"]);
  assert.deepEqual(gone.refused.map((r) => `${r.code}: ${r.params.reason}`), ["factor.unreachable: reason.network"]);
  const hang = (u, init) => new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason)));
  const slow = await factorSource({ url, embedded, trusted: [rfcKeyID], keep, fetchFn: hang, timeoutMs: 50 }).refresh();
  assert.deepEqual(slow.tables.map((t) => `${t.id}@${t.version}`), ["example-park-2025@1"]);
  assert.deepEqual(slow.refused.map((r) => `${r.code}: ${r.params.reason}`), ["factor.unreachable: reason.timeout"]);
  // A server that answers an error without the Worker's body: its status.
  const broken = async () => new Response("<h1>Bad gateway</h1>", { status: 502 });
  const bad = await factorSource({ url, embedded, trusted: [rfcKeyID], keep, fetchFn: broken }).refresh();
  assert.deepEqual(bad.refused.map((r) => [r.code, r.params.reason, r.params.status]), [["factor.unreachable", "reason.http", "502"]]);
  // An index that is not JSON.
  const garbled = async () => new Response("not json", { status: 200 });
  const odd = await factorSource({ url, embedded, trusted: [rfcKeyID], keep, fetchFn: garbled }).refresh();
  assert.deepEqual(odd.refused.map((r) => `${r.code}: ${r.params.reason}`), ["factor.unreachable: reason.malformed"]);
});

test("what is kept is a directory `greenline calc --tables DIR` computes with", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { execFileSync } = await import("node:child_process");
  const { tmpdir } = await import("node:os");
  const older = embedded.map((t) => (t.id === "cn-mee-2023" ? { ...t, version: 0 } : t));
  const { tables } = await factorSource({ url, embedded: older, trusted: [rfcKeyID], keep: memory() }).refresh();
  const cli = mkdtempSync(tmpdir() + "/greenline-cli-");
  execFileSync("go", ["build", "-o", cli + "/greenline", "./cmd/greenline"], { cwd: root });
  // 1 MWh: Example Park east 1,000 kWh × 0.4000 kg/kWh = 0.400 t; China's
  // 2023 national average 1,000 kWh × 0.5306 kg/kWh = 0.5306 t, 0.531 rounded.
  const want = { "example-park-2025": ["example-park-east", "0.400"], "cn-mee-2023": ["national", "0.531"] };
  assert.deepEqual(tables.map((t) => t.id).sort(), Object.keys(want).sort());
  for (const t of tables) {
    const dir = mkdtempSync(tmpdir() + "/greenline-table-");
    const file = JSON.parse(t.manifest).tables[0].file;
    writeFileSync(dir + "/manifest.json", t.manifest);
    writeFileSync(dir + "/" + file, t.csv);
    if (t.signature) writeFileSync(dir + "/signature.json", JSON.stringify(t.signature));
    const [key, tonnes] = want[t.id];
    const project = JSON.stringify({ format: 1, facilities: [{ id: "f", grid: { table: t.id, key }, electricity: { unit: "MWh", annual: "1" } }] });
    const out = execFileSync(cli + "/greenline", ["calc", "--tables", dir, "--format", "csv", "-"], { input: project }).toString();
    assert.match(out, new RegExp(`^organisation,scope2_location_based,${tonnes.replace(".", "\\.")},tCO2,`, "m"), t.id);
  }
});
