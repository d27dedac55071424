// Factor tables from the Worker (docs/worker.md), never waited for.
//
// A source fetches the Worker's index in the background, downloads the
// tables newer than the embedded ones (and the association tables whose
// key the user trusts), checks each one's SHA-256 (and an association's
// Ed25519 signature) before use, and keeps what passed for offline use.
// Any failure or timeout leaves the embedded tables in charge: nothing here
// throws to the caller, and nothing blocks the calculator.
//
//   const source = factorSource({ url, embedded: [{ id, version }], trusted: [keyId] });
//   source.kept()       // at once: the tables kept from an earlier visit
//   source.refresh()    // in the background: a promise of { tables, refused }
//
// Each kept table is { id, version, source: "worker", url, sha256, key_id?,
// manifest (the manifest.json text naming the table), csv (text),
// signature? } — what a directory for `greenline calc --tables DIR` holds.
// Each refusal is { id, version, code, params } with a code the page words:
//   factor.unreachable   the index could not be fetched ({url}, {reason}, {status})
//   factor.hash          the bytes' SHA-256 is not the index's ({want}, {got})
//   factor.untrusted     an association table whose key is not trusted ({key_id})
//   factor.signature     an association table whose signature fails ({reason})
//   table.*              an association table the Worker's index refuses
// A {reason} is a code too: one of the Worker's error codes
// (table.not_found…), reason.timeout, reason.network, reason.http (with
// the answer's {status}), reason.malformed, or a signature.* code.

const cacheName = "factor-tables"; // not "greenline-…": sw.js clears those on update
const keptKey = "https://factor-tables.invalid/kept.json";

// factorSource makes a source for the Worker at url (no trailing slash).
export function factorSource({
  url,
  embedded = [],
  trusted = [],
  timeoutMs = 5000,
  fetchFn = globalThis.fetch?.bind(globalThis),
  keep = cacheKeep(),
}) {
  const have = new Map(embedded.map((t) => [t.id, t.version]));
  let kept = [];
  const loaded = keep.load().then((k) => (kept = k ?? []), () => (kept = []));

  async function get(path, cache = "default") {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(new Failure("reason.timeout")), timeoutMs);
    try {
      let res;
      try {
        res = await fetchFn(url + path, { signal: ctl.signal, cache });
      } catch (e) {
        throw e instanceof Failure ? e : new Failure("reason.network");
      }
      if (!res.ok) {
        // The Worker's error body names a code the page words.
        const code = await res.json().then((b) => b.errors[0].code, () => "");
        throw code ? new Failure(code) : new Failure("reason.http", { status: String(res.status) });
      }
      // A body cut off on the way (or given up on) is the connection's.
      return new Uint8Array(await res.arrayBuffer().catch((e) => { throw e instanceof Failure ? e : new Failure("reason.network"); }));
    } finally {
      clearTimeout(timer);
    }
  }

  async function refresh() {
    await loaded;
    const refused = [];
    let index;
    try {
      // The index is revalidated on every visit (a 304 when unchanged):
      // its five minutes of HTTP caching would hide a table just published.
      index = JSON.parse(new TextDecoder().decode(await get("/v1/tables", "no-cache")));
    } catch (e) {
      refused.push({ id: "", version: 0, code: "factor.unreachable", params: { url, ...why(e) } });
      return { tables: kept, refused };
    }
    // Association tables the Worker itself refuses, with its code.
    for (const r of index.refused ?? []) {
      const [id, version] = String(r.key).split("/");
      refused.push({ id, version: Number(version), code: r.code, params: {} });
    }
    const next = [...kept]; // a kept table was checked; a version never changes
    for (const e of index.tables ?? []) {
      const ref = { id: e.id, version: e.version };
      if (e.source === "embedded" && (have.get(e.id) ?? 0) >= e.version) continue;
      if (next.some((k) => k.id === e.id && k.version === e.version)) continue;
      if (e.source === "association" && !trusted.includes(e.key_id)) {
        refused.push({ ...ref, code: "factor.untrusted", params: { key_id: e.key_id ?? "" } });
        continue;
      }
      try {
        const csv = await get(e.url);
        const got = await sha256(csv);
        if (got !== e.sha256) {
          refused.push({ ...ref, code: "factor.hash", params: { want: e.sha256, got } });
          continue;
        }
        let manifest = JSON.stringify({ tables: [e.manifest] }, null, 2) + "\n";
        if (e.source === "association") {
          const reason = await checkSignature(e, csv);
          if (reason) {
            refused.push({ ...ref, code: "factor.signature", params: { reason } });
            continue;
          }
          manifest = e.manifest_json;
        }
        next.push({
          id: e.id, version: e.version, source: "worker", url: url + e.url, sha256: e.sha256,
          key_id: e.key_id, manifest, csv: new TextDecoder().decode(csv), signature: e.signature,
        });
      } catch (err) {
        refused.push({ ...ref, code: "factor.unreachable", params: { url: url + e.url, ...why(err) } });
      }
    }
    kept = next;
    try {
      await keep.save(kept);
    } catch (_) {
      // Storage full or denied: the tables still serve this visit.
    }
    return { tables: kept, refused };
  }

  return {
    kept: () => kept,
    ready: () => loaded.then(() => kept),
    refresh: () => refresh().catch((e) => ({ tables: kept, refused: [{ id: "", version: 0, code: "factor.unreachable", params: { url, ...why(e) } }] })),
  };
}

// A Failure is why a request to the Worker failed, as a code the page
// words, with its parameters.
class Failure extends Error {
  constructor(reason, params = {}) {
    super(reason);
    this.reason = reason;
    this.params = params;
  }
}

// why is a refusal's {reason, …} for an error: a Failure's code and
// parameters, or reason.malformed for anything else (an index that is
// not JSON, or not the Worker's).
const why = (e) => (e instanceof Failure ? { reason: e.reason, ...e.params } : { reason: "reason.malformed" });

// checkSignature checks an association table as `greenline table verify`
// does; it returns "" when the table passes, or why it does not, as a
// code: signature.missing, signature.key_size, signature.key_id,
// signature.files, signature.invalid, or signature.unsupported (this
// browser cannot check Ed25519).
export async function checkSignature(entry, csv) {
  const s = entry.signature;
  if (!s || !s.files || !s.public_key || !s.signature) return "signature.missing";
  const pub = fromBase64(s.public_key);
  if (pub.length !== 32) return "signature.key_size";
  if ((await sha256(pub)).slice(0, 32) !== s.key_id || s.key_id !== entry.key_id) return "signature.key_id";
  const names = Object.keys(s.files).sort();
  if (names.length !== 2 || s.files["manifest.json"] !== (await sha256(new TextEncoder().encode(entry.manifest_json))) || s.files[entry.file] !== (await sha256(csv))) {
    return "signature.files";
  }
  const message = "greenline table signature 1\n" + names.map((n) => `${s.files[n]}  ${n}\n`).join("");
  let key;
  try {
    key = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
  } catch (_) {
    return "signature.unsupported";
  }
  const ok = await crypto.subtle.verify({ name: "Ed25519" }, key, fromBase64(s.signature), new TextEncoder().encode(message)).catch(() => false);
  return ok ? "" : "signature.invalid";
}

async function sha256(bytes) {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

function fromBase64(s) {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

// cacheKeep keeps the checked tables in Cache Storage, where the service
// worker's clean-up does not reach; without Cache Storage nothing is kept.
export function cacheKeep() {
  const open = () => (globalThis.caches ? caches.open(cacheName) : Promise.reject(new Error("no Cache Storage")));
  return {
    async load() {
      const res = await (await open()).match(keptKey);
      return res ? res.json() : [];
    },
    async save(tables) {
      await (await open()).put(keptKey, new Response(JSON.stringify(tables), { headers: { "Content-Type": "application/json" } }));
    },
  };
}
