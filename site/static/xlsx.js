// XLSX reader and writer for Greenline's meter-data import and results
// export. Loaded with a dynamic import() only when a user opens or saves an
// .xlsx file, so it never weighs on the first page load.
//
// Plain ES module, no dependencies, no DOM: runs on the page, in a Web Worker
// and in Node 20 (tests). Deflate comes from the platform's
// DecompressionStream("deflate-raw"); the ZIP container and the small part of
// XML that SpreadsheetML needs are read here.
//
//   readWorkbook(bytes, {maxCells}) -> {sheets: [{name, rows}]}
//     Worksheets in workbook order, hidden ones included, chart sheets left
//     out. rows[i] is Excel row i+1; rows[i][j] is the text of column j
//     (A = 0). Empty cells are "", trailing empty cells and rows are
//     dropped. Numbers are the exact text stored in the file, never parsed
//     to a float (so possibly "1E-05"); date/time cells become
//     "YYYY-MM-DD HH:MM:SS" (time-only formats below one day "HH:MM:SS";
//     serial 0 is Excel's "1900-01-00", serial 60 its phantom
//     "1900-02-29"), rounded to the nearest second with exact arithmetic on
//     the stored decimal text. Booleans are "TRUE"/"FALSE", errors as shown
//     ("#N/A"), formulas give their cached value ("" when none was saved).
//   writeWorkbook(sheets) -> Uint8Array of a minimal .xlsx: stored entries,
//     inline strings, numbers for JS numbers and for plain decimal strings
//     (text kept exactly in <v>) except codes with leading zeros ("007") and
//     digit strings past Excel's 15 significant digits, which stay text.
//
// Every error readWorkbook throws for a file is an XlsxError: a stable code
// ("xlsx.checksum") with named parameters, all strings ({part: "xl/…"}),
// as the core answers; the page words it in its language from its own
// tables (site/i18n_xlsx.go) and never shows the message, which is only
// the code and its parameters, for a developer. A wrong argument is a
// TypeError.

const MAX_UNPACKED = 200 * 1024 * 1024; // total bytes inflated for one workbook
const MAX_ROWS = 1048576; // Excel's limits
const MAX_COLS = 16384;

// ---------------------------------------------------------------- errors

class XlsxError extends Error {
  constructor(code, params = {}) {
    const p = Object.entries(params).map(([k, v]) => `${k}: ${v}`).join(", ");
    super(p ? `${code} (${p})` : code);
    this.name = "XlsxError";
    this.code = code;
    this.params = params;
  }
}

// fail is the error of one code, its parameters given as strings. Every
// call names its code and its parameters literally: a Go test reads them
// here to check that the page words each code in both languages.
function fail(code, params) {
  return new XlsxError(code, params);
}

// ---------------------------------------------------------------- CRC-32

let crcTables = null;

// CRC-32 (the ZIP polynomial), eight bytes a step ("slicing by 8").
function crc32(bytes) {
  if (!crcTables) {
    crcTables = new Int32Array(256 * 8);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTables[n] = c;
    }
    for (let n = 0; n < 256; n++) {
      let c = crcTables[n];
      for (let t = 1; t < 8; t++) {
        c = crcTables[c & 0xff] ^ (c >>> 8);
        crcTables[t * 256 + n] = c;
      }
    }
  }
  const t = crcTables;
  let c = -1;
  let i = 0;
  const n = bytes.length;
  const end8 = n - (n & 7);
  for (; i < end8; i += 8) {
    const lo = c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    const hi = bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24);
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + (hi & 0xff)] ^
      t[512 + ((hi >>> 8) & 0xff)] ^
      t[256 + ((hi >>> 16) & 0xff)] ^
      t[hi >>> 24];
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// ---------------------------------------------------------------- ZIP reading

function toBytes(input) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError("readWorkbook expects the file contents as an ArrayBuffer or Uint8Array.");
}

// Lists the entries of a ZIP archive from its central directory:
// Map name -> {name, method, flags, crc, csize, usize, offset}.
function readZipDirectory(b) {
  const n = b.length;
  if (n === 0) throw fail("xlsx.empty");
  if (n >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw fail("xlsx.legacy");
  }
  const looksZip = n >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (p) => dv.getUint16(p, true);
  const u32 = (p) => dv.getUint32(p, true);

  // End of central directory: 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let p = n - 22; p >= 0 && p >= n - 22 - 65535; p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 5 && b[p + 3] === 6 && p + 22 + u16(p + 20) <= n) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) {
    if (looksZip) {
      throw fail("xlsx.truncated");
    }
    throw fail("xlsx.not_zip");
  }
  if (eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    throw fail("xlsx.zip64");
  }
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw fail("xlsx.zip64");
  }
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) {
    throw fail("xlsx.volumes");
  }
  if (cdOffset + cdSize > eocd) throw fail("xlsx.zip_directory");

  const names = new TextDecoder("utf-8");
  const entries = new Map();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== 0x02014b50) throw fail("xlsx.zip_directory");
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc = u32(p + 16);
    const csize = u32(p + 20);
    const usize = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const offset = u32(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > eocd) throw fail("xlsx.zip_directory");
    const name = names.decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
    if (csize === 0xffffffff || usize === 0xffffffff || offset === 0xffffffff) {
      throw fail("xlsx.zip64");
    }
    if (!entries.has(name)) entries.set(name, { name, method, flags, crc, csize, usize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }

  // Find an entry's data through its local header. Sizes and CRC come from
  // the central directory, so entries written with a trailing data
  // descriptor (flag bit 3) need nothing special.
  function locate(e) {
    const q = e.offset;
    if (q + 30 > n || u32(q) !== 0x04034b50) throw fail("xlsx.zip_entry", { part: e.name });
    const start = q + 30 + u16(q + 26) + u16(q + 28);
    if (start + e.csize > n) throw fail("xlsx.zip_entry", { part: e.name });
    return b.subarray(start, start + e.csize);
  }
  return { entries, locate };
}

async function inflateRaw(data, limit, name) {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  writer.write(data).catch(() => {});
  writer.close().catch(() => {});
  const reader = ds.readable.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    throw fail("xlsx.inflate", { part: name });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function tooBig() {
  return fail("xlsx.too_big", { mb: String(MAX_UNPACKED / 1024 / 1024) });
}

// ---------------------------------------------------------------- XML

// Decodes the five predefined entities and character references; anything
// else (no DTD is ever read) is left as written.
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));/g;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(cp) {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(cp);
}

function decodeEntities(s) {
  return s.replace(ENTITY, (m, named, dec, hex) =>
    named ? NAMED[named] : codePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex, 16)),
  );
}

// Text content: XML line-end normalisation, then entities.
function decodeText(s) {
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? decodeEntities(s) : s;
}

// SpreadsheetML's own escape for characters XML cannot carry: _xHHHH_.
function unescapeOoxml(s) {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
}

// Attributes of a start tag as {localName: value}.
function parseAttrs(s, from, to) {
  const out = Object.create(null);
  let i = from;
  while (i < to) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    let name = s.slice(i, eq).trim();
    const colon = name.indexOf(":");
    if (colon >= 0 && name.slice(0, colon) !== "xmlns") name = name.slice(colon + 1);
    let j = eq + 1;
    while (j < to && ((c = s.charCodeAt(j)) === 32 || c === 9 || c === 10 || c === 13)) j++;
    const q = s.charCodeAt(j);
    if (q !== 34 && q !== 39) break;
    const end = s.indexOf(q === 34 ? '"' : "'", j + 1);
    if (end < 0 || end >= to) break;
    let v = s.slice(j + 1, end);
    if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n|[\t\n\r]/g, " ");
    if (v.indexOf("&") >= 0) v = decodeEntities(v);
    if (!(name in out)) out[name] = v;
    i = end + 1;
  }
  return out;
}

// A small XML scanner. For each element it calls
//   h.start(localName, attrsFrom, attrsTo)   (attributes read lazily with parseAttrs)
//   h.text(from, to, isCdata)                (raw text: entities not yet decoded)
//   h.end(localName)                         (also right after a self-closing start)
// With raw = true, names are passed as (nameFrom, nameTo) offsets instead,
// so that big parts are scanned without allocating a string per tag.
// h.end (and, raw, h.start, which is also told whether the tag closes
// itself) may return true to stop scanning; scanXml then returns the offset
// just past that tag. Throws on malformed markup.
function scanXml(s, h, part, raw = false) {
  const n = s.length;
  const bad = () => fail("xlsx.xml", { part });
  let i = 0;
  let depth = 0;
  while (i < n) {
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      if (depth > 0) throw bad();
      break;
    }
    if (lt > i && depth > 0) h.text(i, lt, false);
    const c = s.charCodeAt(lt + 1);
    if (c === 63) {
      // <? ... ?>
      const e = s.indexOf("?>", lt + 2);
      if (e < 0) throw bad();
      i = e + 2;
      continue;
    }
    if (c === 33) {
      if (s.startsWith("!--", lt + 1)) {
        const e = s.indexOf("-->", lt + 4);
        if (e < 0) throw bad();
        i = e + 3;
      } else if (s.startsWith("![CDATA[", lt + 1)) {
        const e = s.indexOf("]]>", lt + 9);
        if (e < 0) throw bad();
        if (depth > 0) h.text(lt + 9, e, true);
        i = e + 3;
      } else {
        // <!DOCTYPE ...> possibly with an internal subset [...]; skipped, never expanded.
        let j = lt + 2;
        let bracket = 0;
        for (; j < n; j++) {
          const d = s.charCodeAt(j);
          if (d === 91) bracket++;
          else if (d === 93) bracket--;
          else if (d === 62 && bracket <= 0) break;
        }
        if (j >= n) throw bad();
        i = j + 1;
      }
      continue;
    }
    const closing = c === 47;
    // the name, and where its local part (after any prefix) starts
    let j = closing ? lt + 2 : lt + 1;
    let ns = j;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (d === 32 || d === 62 || d === 47 || d === 9 || d === 10 || d === 13) break;
      if (d === 58) ns = j + 1;
    }
    const ne = j;
    if (ne === ns || j >= n) throw bad();
    if (closing) {
      while (j < n && s.charCodeAt(j) !== 62) {
        const d = s.charCodeAt(j);
        if (d !== 32 && d !== 9 && d !== 10 && d !== 13) throw bad();
        j++;
      }
      if (j >= n || depth === 0) throw bad();
      depth--;
      i = j + 1;
      if (raw ? h.end(ns, ne) : h.end(s.slice(ns, ne))) return i;
      continue;
    }
    const attrsFrom = j;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (d === 62) break;
      if (d === 34 || d === 39) {
        const e = s.indexOf(d === 34 ? '"' : "'", j + 1);
        if (e < 0) throw bad();
        j = e;
      } else if (d === 60) throw bad();
    }
    if (j >= n) throw bad();
    const selfClosing = s.charCodeAt(j - 1) === 47;
    i = j + 1;
    const attrsTo = selfClosing ? j - 1 : j;
    if (raw) {
      if (h.start(ns, ne, attrsFrom, attrsTo, selfClosing)) return i;
      if (selfClosing) {
        if (h.end(ns, ne)) return i;
      } else depth++;
    } else {
      const name = s.slice(ns, ne);
      h.start(name, attrsFrom, attrsTo);
      if (selfClosing) {
        if (h.end(name)) return i;
      } else depth++;
    }
  }
  if (depth !== 0) throw bad();
  return n;
}

// ---------------------------------------------------------------- package parts

// Relationships of a part: [{id, type, target (resolved, no leading slash)}].
function parseRels(xml, base, part) {
  const rels = [];
  scanXml(
    xml,
    {
      start(name, a, b) {
        if (name !== "Relationship") return;
        const at = parseAttrs(xml, a, b);
        if (!at.Target || at.TargetMode === "External") return;
        rels.push({ id: at.Id || "", type: at.Type || "", target: resolvePath(base, at.Target) });
      },
      text() {},
      end() {},
    },
    part,
  );
  return rels;
}

function resolvePath(baseDir, target) {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as written
  }
  const parts = t.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

function dirOf(path) {
  const k = path.lastIndexOf("/");
  return k < 0 ? "" : path.slice(0, k);
}

function relsPathOf(path) {
  const d = dirOf(path);
  return (d ? d + "/" : "") + "_rels/" + path.slice(d ? d.length + 1 : 0) + ".rels";
}

// Shared strings: each <si> is the concatenation of its <t> texts, rich-text
// runs included, phonetic guides (<rPh>) left out.
function parseSharedStrings(xml, part) {
  const out = [];
  let inSi = false;
  let inT = false;
  let rph = 0;
  let parts = [];
  const is = (a, b, name) => b - a === name.length && xml.startsWith(name, a);
  scanXml(
    xml,
    {
      start(a, b) {
        if (is(a, b, "t")) {
          if (inSi && rph === 0) inT = true;
        } else if (is(a, b, "si")) {
          inSi = true;
          parts = [];
        } else if (is(a, b, "rPh")) rph++;
      },
      text(a, b, cdata) {
        if (inT) parts.push(cdata ? xml.slice(a, b) : decodeText(xml.slice(a, b)));
      },
      end(a, b) {
        if (is(a, b, "t")) inT = false;
        else if (is(a, b, "si")) {
          out.push(unescapeOoxml(parts.length === 1 ? parts[0] : parts.join("")));
          inSi = false;
        } else if (is(a, b, "rPh")) rph--;
      },
    },
    part,
    true,
  );
  return out;
}

// Built-in number formats that show dates or times: 14–22 and 45–47 in every
// locale, 27–36 and 50–58 in the East Asian ones (zh-CN, zh-TW, ja-JP, ko-KR).
const TIME_ONLY_BUILTIN = new Set([18, 19, 20, 21, 45, 46, 47, 32, 33, 55, 56]);

function builtinKind(id) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
    return TIME_ONLY_BUILTIN.has(id) ? "time" : "date";
  }
  return null;
}

// Classifies a custom format code: "date" when it shows a date (y, m, d
// tokens), "time" when it only shows a time of day (h, m, s), null when it
// is a number format. Quoted text, [..] sections (colours, locales,
// conditions; but [h] [mm] [ss] are elapsed-time tokens), \x escapes and the
// _x / *x padding pairs are skipped.
function formatKind(code) {
  let hasDate = false;
  let hasTime = false;
  let hasM = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const e = code.indexOf('"', i + 1);
      if (e < 0) break;
      i = e;
    } else if (ch === "[") {
      const e = code.indexOf("]", i + 1);
      if (e < 0) break;
      if (/^(h+|m+|s+)$/i.test(code.slice(i + 1, e))) hasTime = true;
      i = e;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else {
      const l = ch.toLowerCase();
      if (l === "y" || l === "d") hasDate = true;
      else if (l === "h" || l === "s") hasTime = true;
      else if (l === "m") hasM = true;
    }
  }
  if (hasDate) return "date";
  if (hasTime) return "time"; // any m is minutes
  if (hasM) return "date"; // m without h or s is the month
  return null;
}

// styles.xml: for each cellXfs index, "date", "time" or null.
function parseStyles(xml, part) {
  const custom = new Map();
  const kinds = [];
  let inCellXfs = false;
  scanXml(
    xml,
    {
      start(name, a, b) {
        if (name === "numFmt") {
          const at = parseAttrs(xml, a, b);
          if (at.numFmtId !== undefined) custom.set(Number(at.numFmtId), at.formatCode || "");
        } else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const at = parseAttrs(xml, a, b);
          const id = Number(at.numFmtId || 0);
          kinds.push(custom.has(id) ? formatKind(custom.get(id)) : builtinKind(id));
        }
      },
      text() {},
      end(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    part,
  );
  return kinds;
}

// ---------------------------------------------------------------- dates

// Parses decimal text ("45292.041666666664", "-1.5E3") into an exact
// rational {num: BigInt, den: BigInt}, or null.
function parseDecimal(text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) return null;
  const frac = m[3] || "";
  let num = BigInt((m[2] || "0") + frac);
  let exp = (m[4] ? parseInt(m[4], 10) : 0) - frac.length;
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  if (m[1] === "-") num = -num;
  return { num, den };
}

// The serial number as a whole number of seconds, rounded to the nearest
// (halves up), exactly; -1 when the text is not a non-negative number.
// Plain decimals ("45292.041666666664") take a fast path that multiplies
// the fraction digits by 86400 from the right, carrying, so only the first
// digit after the point of the product is needed to round; other forms
// ("4.5292E4") go through BigInt.
function serialSeconds(text) {
  const n = text.length;
  let i = 0;
  let whole = 0;
  for (; i < n && i < 9; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  let plain = i > 0 && (i === n || text.charCodeAt(i) === 46);
  let carry = 0;
  let first = 0;
  if (plain && i < n) {
    for (let p = n - 1; p > i; p--) {
      const d = text.charCodeAt(p) - 48;
      if (d < 0 || d > 9) {
        plain = false;
        break;
      }
      const x = d * 86400 + carry;
      first = x % 10;
      carry = (x - first) / 10;
    }
    if (n === i + 1) plain = false; // "45292." is left to the general path
  }
  if (plain) return whole * 86400 + carry + (first >= 5 ? 1 : 0);
  const r = parseDecimal(text);
  if (!r || r.num < 0n) return -1;
  const secs = (2n * r.num * 86400n + r.den) / (2n * r.den);
  return secs > 2958467n * 86400n ? 2958467 * 86400 : Number(secs);
}

const HMS = []; // "HH:MM:SS" by second of the day, made as met

const pad2 = (x) => (x < 10 ? "0" : "") + x;

// Converts a serial date (exact decimal text) to "YYYY-MM-DD HH:MM:SS", or
// "HH:MM:SS" for a time-only format below one day. Returns null when the
// text is not a number or the date is outside Excel's range.
function serialToText(text, date1904, kind) {
  const s = serialSeconds(text);
  if (s < 0 || s > 2958466 * 86400) return null; // not a date, or past 9999-12-31
  const days = Math.floor(s / 86400);
  const sod = s - days * 86400;
  const hms = HMS[sod] || (HMS[sod] = pad2(Math.floor(sod / 3600)) + ":" + pad2(Math.floor(sod / 60) % 60) + ":" + pad2(sod % 60));
  if (kind === "time" && days === 0) return hms;
  let ymd;
  if (date1904) {
    ymd = civil(Date.UTC(1904, 0, 1) + days * 86400000);
  } else if (days === 0) {
    ymd = "1900-01-00"; // as Excel shows it
  } else if (days === 60) {
    ymd = "1900-02-29"; // Excel's (Lotus's) leap-year bug: a day that never was
  } else {
    ymd = civil(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86400000);
  }
  return ymd + " " + hms;
}

let lastCivilMs = NaN;
let lastCivil = "";

function civil(ms) {
  if (ms === lastCivilMs) return lastCivil; // hourly data: 24 cells a day
  lastCivilMs = ms;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  lastCivil = String(y).padStart(4, "0") + "-" + pad2(d.getUTCMonth() + 1) + "-" + pad2(d.getUTCDate());
  return lastCivil;
}

// t="d" cells hold ISO 8601 text; shown in the same form as serial dates.
function isoToText(v) {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(v);
  if (!m) {
    const t = /^(\d\d):(\d\d)(?::(\d\d))?/.exec(v);
    return t ? `${t[1]}:${t[2]}:${t[3] || "00"}` : v;
  }
  let ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
  if (m[7] && Number(m[7]) >= 0.5) ms += 1000;
  const d = new Date(ms);
  if (isNaN(ms)) return v;
  return civil(ms) + " " + pad2(d.getUTCHours()) + ":" + pad2(d.getUTCMinutes()) + ":" + pad2(d.getUTCSeconds());
}

// ---------------------------------------------------------------- worksheets

// Column index (A = 0) from the cell reference in s[from, to), such as
// "C7" or "$AB$12"; -1 when it has no letters; -2 when malformed.
function columnAt(s, from, to) {
  let col = 0;
  let i = from;
  if (s.charCodeAt(i) === 36) i++;
  const start = i;
  for (; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLS) return -2;
  }
  if (i === start) return -1;
  if (i < to && s.charCodeAt(i) === 36) i++;
  for (; i < to; i++) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return -2;
  }
  return col - 1;
}

const CELL_TYPES = ["s", "n", "b", "e", "d", "str", "inlineStr"];

// Reads the attributes of a <c> or <row> start tag from offset i (just past
// its name) to its closing ">", whose offset it returns (-1 when the tag is
// malformed). Keeps r, t and s without allocating (attribute names in
// SpreadsheetML are never prefixed): attr.rFrom/rTo are the offsets of r's
// value (-1 when absent); attr.t is the cell type as one of CELL_TYPES ("n"
// when absent, "?" when unknown); attr.s is the style index (0 when absent,
// -1 when not a number).
function cellAttrs(s, i, attr) {
  attr.rFrom = attr.rTo = -1;
  attr.t = "n";
  attr.s = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c === 62) return i;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const nameFrom = i;
    while (i < n && (c = s.charCodeAt(i)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62) i++;
    const nameLen = i - nameFrom;
    while (i < n && (c = s.charCodeAt(i)) !== 34 && c !== 39) {
      if (c === 62 || c === 60) return -1;
      i++;
    }
    if (i >= n) return -1;
    const end = s.indexOf(c === 34 ? '"' : "'", i + 1);
    if (end < 0) return -1;
    if (nameLen === 1) {
      const name = s.charCodeAt(nameFrom);
      if (name === 114) {
        attr.rFrom = i + 1;
        attr.rTo = end;
      } else if (name === 116) {
        attr.t = "?";
        for (const t of CELL_TYPES) {
          if (t.length === end - i - 1 && s.startsWith(t, i + 1)) {
            attr.t = t;
            break;
          }
        }
      } else if (name === 115) {
        let v = 0;
        for (let k = i + 1; k < end; k++) {
          const d = s.charCodeAt(k) - 48;
          if (d < 0 || d > 9 || v > 1e9) {
            v = -1;
            break;
          }
          v = v * 10 + d;
        }
        attr.s = end === i + 1 ? -1 : v;
      }
    }
    i = end + 1;
  }
  return -1;
}

function isWs(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function parseSheet(xml, ctx) {
  const { shared, styles, date1904, budget, sheetName, part } = ctx;
  const rows = [];
  const attr = { rFrom: -1, rTo: -1, t: "n", s: 0 };
  let inData = false;
  let rowIdx = -1;
  let row = null;
  let col = -1;
  // the current cell
  let inCell = false;
  let type = "";
  let kind = null;
  let refFrom = -1;
  let refTo = -1;
  let vFrom = -1; // <v> text as offsets while it is a single raw segment,
  let vTo = -1;
  let vStr = null; // or as a string once it is not
  let inV = false;
  let isText = null; // text of <is>, null when the cell has none
  let inT = false;
  let rph = 0;

  const where = () => (refFrom >= 0 ? xml.slice(refFrom, refTo) : colName(col) + (rowIdx + 1)); // the cell, as Excel names it
  const is = (a, b, name) => b - a === name.length && xml.startsWith(name, a);

  function place(value) {
    if (row === null) {
      // a cell outside any <row>: give it the next row
      rowIdx++;
      if (rowIdx >= MAX_ROWS) throw fail("xlsx.too_many_rows", { sheet: sheetName });
      row = rows[rowIdx] || (rows[rowIdx] = []);
    }
    if (col >= row.length) {
      if (value === "") return;
      budget.cells += col + 1 - row.length;
      if (budget.cells > budget.max) throw budget.error();
      while (row.length < col) row.push("");
      row.push(value);
    } else row[col] = value;
  }

  // The <v> text, raw (entities not decoded), or null when there was none.
  function vRaw() {
    if (vStr !== null) return vStr;
    return vFrom < 0 ? null : xml.slice(vFrom, vTo);
  }

  function trimmed(t) {
    return t.length > 0 && (isWs(t.charCodeAt(0)) || isWs(t.charCodeAt(t.length - 1))) ? t.trim() : t;
  }

  function cellValue() {
    if (type === "n") {
      // the common case: a number, kept as written
      let t = vRaw();
      if (t === null) return "";
      if (t.indexOf("&") >= 0) t = decodeText(t);
      t = trimmed(t);
      if (kind !== null && t !== "") {
        const d = serialToText(t, date1904, kind);
        if (d !== null) return d;
      }
      return t;
    }
    if (type === "s") {
      let k = 0;
      let digits = 0;
      if (vFrom >= 0 && vStr === null) {
        for (let p = vFrom; p < vTo; p++) {
          const d = xml.charCodeAt(p) - 48;
          if (d >= 0 && d <= 9) {
            k = k * 10 + d;
            digits++;
            if (k > 1e12) break;
          } else if (!isWs(d + 48)) {
            digits = -1;
            break;
          }
        }
      } else {
        const t = vRaw();
        if (t === null || t.trim() === "") return "";
        digits = /^\s*\d+\s*$/.test(t) ? 1 : -1;
        k = digits > 0 ? Number(t) : 0;
      }
      if (digits === 0) return "";
      if (digits < 0 || k >= shared.length) throw fail("xlsx.shared_string", { cell: where(), sheet: sheetName });
      return shared[k];
    }
    const v = vRaw();
    switch (type) {
      case "inlineStr":
        if (isText !== null) return unescapeOoxml(isText);
        return v === null ? "" : unescapeOoxml(decodeText(v));
      case "str":
        return v === null ? "" : unescapeOoxml(decodeText(v));
      case "b": {
        const t = v === null ? "" : decodeText(v).trim();
        return t === "1" || t === "true" ? "TRUE" : t === "0" || t === "false" ? "FALSE" : t;
      }
      case "e":
        return v === null ? "" : decodeText(v).trim();
      case "d":
        return v === null ? "" : isoToText(decodeText(v).trim());
      default:
        return v === null ? "" : trimmed(decodeText(v));
    }
  }

  // Skip to <sheetData>; the cells are then read by one loop, without a
  // call per tag: this is where big sheets spend their time.
  let emptyData = false;
  let i = scanXml(
    xml,
    {
      start(a, b, from, to, selfClosing) {
        if (!is(a, b, "sheetData")) return false;
        emptyData = selfClosing;
        return (inData = true);
      },
      text() {},
      end() {},
    },
    part,
    true,
  );
  const n = xml.length;
  const bad = () => fail("xlsx.xml", { part });
  while (inData && !emptyData) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw bad();
    if (lt > i) {
      if (inV) {
        if (vFrom < 0 && vStr === null) {
          vFrom = i;
          vTo = lt;
        } else vStr = (vStr !== null ? vStr : vFrom >= 0 ? xml.slice(vFrom, vTo) : "") + xml.slice(i, lt);
      } else if (inT) isText += decodeText(xml.slice(i, lt));
    }
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // comment, CDATA, processing instruction
      if (xml.startsWith("![CDATA[", lt + 1)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) throw bad();
        const piece = xml.slice(lt + 9, e);
        if (inV) {
          vStr = (vStr !== null ? vStr : vFrom >= 0 ? xml.slice(vFrom, vTo) : "") + piece.replace(/&/g, "&amp;");
        } else if (inT) isText += piece;
        i = e + 3;
      } else {
        const close = c === 63 ? "?>" : xml.startsWith("!--", lt + 1) ? "-->" : ">";
        const e = xml.indexOf(close, lt + 2);
        if (e < 0) throw bad();
        i = e + close.length;
      }
      continue;
    }
    const closing = c === 47;
    let j = closing ? lt + 2 : lt + 1;
    let ns = j;
    for (; j < n; j++) {
      const d = xml.charCodeAt(j);
      if (d === 32 || d === 62 || d === 47 || d === 9 || d === 10 || d === 13) break;
      if (d === 58) ns = j + 1;
    }
    const ne = j;
    if (ne === ns || j >= n) throw bad();
    const len = ne - ns;
    const first = xml.charCodeAt(ns);
    let selfClosing = false;
    const isCell = !closing && !inCell && len === 1 && first === 99;
    const isRow = !closing && !inCell && !isCell && len === 3 && xml.startsWith("row", ns);
    if (closing) {
      j = xml.indexOf(">", j);
      if (j < 0) throw bad();
    } else if (isCell || isRow) {
      j = cellAttrs(xml, j, attr);
      if (j < 0) throw bad();
      selfClosing = xml.charCodeAt(j - 1) === 47;
    } else {
      for (; j < n; j++) {
        const d = xml.charCodeAt(j);
        if (d === 62) break;
        if (d === 34 || d === 39) {
          const e = xml.indexOf(d === 34 ? '"' : "'", j + 1);
          if (e < 0) throw bad();
          j = e;
        } else if (d === 60) throw bad();
      }
      if (j >= n) throw bad();
      selfClosing = xml.charCodeAt(j - 1) === 47;
    }
    i = j + 1;

    if (!closing) {
      if (inCell) {
        if (len === 1) {
          if (first === 118) inV = !selfClosing; // v
          else if (first === 116 && isText !== null && rph === 0) inT = !selfClosing; // t
        } else if (len === 2 && first === 105 && xml.charCodeAt(ns + 1) === 115) {
          if (isText === null) isText = ""; // is
        } else if (len === 3 && xml.startsWith("rPh", ns) && !selfClosing) rph++;
      } else if (isCell) {
        refFrom = attr.rFrom;
        refTo = attr.rTo;
        if (refFrom >= 0) {
          const cc = columnAt(xml, refFrom, refTo);
          if (cc === -2) throw fail("xlsx.cell_ref", { ref: xml.slice(refFrom, refTo), sheet: sheetName });
          col = cc >= 0 ? cc : col + 1;
        } else col++;
        if (col >= MAX_COLS) throw fail("xlsx.too_many_columns", { sheet: sheetName });
        type = attr.t;
        kind = type === "n" && attr.s >= 0 ? styles[attr.s] || null : null;
        vFrom = vTo = -1;
        vStr = null;
        isText = null;
        inV = inT = false;
        rph = 0;
        if (selfClosing) place(cellValue());
        else inCell = true;
      } else if (isRow) {
        if (attr.rFrom >= 0) {
          let r = attr.rTo > attr.rFrom ? 0 : -1;
          for (let k = attr.rFrom; k < attr.rTo && r >= 0; k++) {
            const d = xml.charCodeAt(k) - 48;
            r = d >= 0 && d <= 9 && r <= MAX_ROWS ? r * 10 + d : -1;
          }
          if (r < 1 || r > MAX_ROWS) throw fail("xlsx.row_number", { row: xml.slice(attr.rFrom, attr.rTo), sheet: sheetName });
          rowIdx = r - 1;
        } else rowIdx++;
        if (rowIdx >= MAX_ROWS) throw fail("xlsx.too_many_rows", { sheet: sheetName });
        row = rows[rowIdx] || (rows[rowIdx] = []);
        col = -1;
        if (selfClosing) row = null;
      }
      continue;
    }
    // end tags
    if (inCell) {
      if (len === 1) {
        if (first === 99) {
          inCell = false;
          place(cellValue());
        } else if (first === 118) inV = false;
        else if (first === 116) inT = false;
      } else if (len === 3 && xml.startsWith("rPh", ns)) rph--;
    } else if (len === 3 && xml.startsWith("row", ns)) row = null;
    else if (len === 9 && xml.startsWith("sheetData", ns)) break; // the rest of the sheet holds no values
  }

  // Fill row gaps, drop trailing empty cells and trailing empty rows.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r === undefined) rows[i] = [];
    else {
      let k = r.length;
      while (k > 0 && r[k - 1] === "") k--;
      if (k < r.length) r.length = k;
    }
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last--;
  rows.length = last;
  return rows;
}

// ---------------------------------------------------------------- readWorkbook

function decodeXml(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * Reads an .xlsx workbook.
 * @param {ArrayBuffer|Uint8Array} bytes the file contents
 * @param {{maxCells?: number}} [options] refuse workbooks with more cells than this
 * @returns {Promise<{sheets: {name: string, rows: string[][]}[]}>}
 */
export async function readWorkbook(bytes, { maxCells = 5_000_000 } = {}) {
  if (!(typeof maxCells === "number" && maxCells >= 0)) throw new TypeError("readWorkbook: maxCells must be a number of cells.");
  const b = toBytes(bytes);
  try {
    return await read(b, maxCells);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    // A case this reader did not foresee: still a code a user can act on.
    const err = fail("xlsx.unreadable");
    err.cause = e;
    throw err;
  }
}

async function read(b, maxCells) {
  const zip = readZipDirectory(b);
  let unpacked = 0;

  let lower = null;
  async function load(path) {
    let e = zip.entries.get(path);
    if (!e) {
      // some writers disagree with their own relationships on letter case
      if (!lower) lower = new Map([...zip.entries.values()].map((x) => [x.name.toLowerCase(), x]));
      e = lower.get(path.toLowerCase());
    }
    if (!e) return null;
    if (e.flags & 1) {
      throw fail("xlsx.encrypted");
    }
    if (e.method !== 0 && e.method !== 8) {
      throw fail("xlsx.compression", { method: String(e.method), part: path });
    }
    if (e.usize > MAX_UNPACKED - unpacked) throw tooBig();
    const raw = zip.locate(e);
    let data;
    if (e.method === 0) {
      data = raw;
    } else {
      data = await inflateRaw(raw, MAX_UNPACKED - unpacked, path);
      if (data === null) throw tooBig();
    }
    unpacked += data.length;
    if (data.length !== e.usize || crc32(data) !== e.crc) throw fail("xlsx.checksum", { part: path });
    return decodeXml(data);
  }

  // The workbook part: named by the package relationships, usually xl/workbook.xml.
  let wbPath = "xl/workbook.xml";
  const rootRels = await load("_rels/.rels");
  if (rootRels !== null) {
    const main = parseRels(rootRels, "", "_rels/.rels").find((r) => /\/officeDocument$/.test(r.type));
    if (main && zip.entries.has(main.target)) wbPath = main.target;
  }
  const wbXml = await load(wbPath);
  if (wbXml === null) {
    const mime = zip.entries.has("mimetype") ? await loadMime() : "";
    if (mime.includes("opendocument.spreadsheet")) {
      throw fail("xlsx.ods");
    }
    throw fail("xlsx.no_workbook");
  }
  async function loadMime() {
    try {
      return (await load("mimetype")) || "";
    } catch {
      return "";
    }
  }

  const wbDir = dirOf(wbPath);
  const relsXml = await load(relsPathOf(wbPath));
  const rels = relsXml === null ? [] : parseRels(relsXml, wbDir, relsPathOf(wbPath));
  const relById = new Map(rels.map((r) => [r.id, r]));

  let date1904 = false;
  const sheetRefs = [];
  scanXml(
    wbXml,
    {
      start(name, a, c) {
        if (name === "workbookPr") {
          const v = parseAttrs(wbXml, a, c).date1904;
          date1904 = v === "1" || v === "true";
        } else if (name === "sheet") {
          const at = parseAttrs(wbXml, a, c);
          sheetRefs.push({ name: at.name || "", rid: at.id || "", sheetId: at.sheetId });
        }
      },
      text() {},
      end() {},
    },
    wbPath,
  );

  const byType = (suffix) => rels.find((r) => r.type.endsWith(suffix));
  const ssRel = byType("/sharedStrings");
  const inWbDir = (file) => (wbDir ? wbDir + "/" : "") + file;
  const ssPath = ssRel ? ssRel.target : inWbDir("sharedStrings.xml");
  const ssXml = await load(ssPath);
  const shared = ssXml === null ? [] : parseSharedStrings(ssXml, ssPath);
  const stRel = byType("/styles");
  const stPath = stRel ? stRel.target : inWbDir("styles.xml");
  const stXml = await load(stPath);
  const styles = stXml === null ? [] : parseStyles(stXml, stPath);

  const budget = {
    cells: 0,
    max: maxCells,
    error: () => fail("xlsx.too_many_cells", { max: String(maxCells) }),
  };

  const sheets = [];
  for (let i = 0; i < sheetRefs.length; i++) {
    const ref = sheetRefs[i];
    const rel = relById.get(ref.rid);
    let path = rel ? rel.target : "";
    if (rel && !/\/worksheet$/.test(rel.type)) continue; // chart sheets, dialog sheets: no cells
    if (!rel && zip.entries.has(inWbDir(`worksheets/sheet${i + 1}.xml`))) path = inWbDir(`worksheets/sheet${i + 1}.xml`);
    const xml = path ? await load(path) : null;
    if (xml === null) throw fail("xlsx.sheet_missing", { sheet: ref.name });
    const name = ref.name || `Sheet${i + 1}`;
    sheets.push({ name, rows: parseSheet(xml, { shared, styles, date1904, budget, sheetName: name, part: path }) });
  }
  if (sheets.length === 0) throw fail("xlsx.no_sheets");
  return { sheets };
}

// ---------------------------------------------------------------- writing

const enc = new TextEncoder();

function escapeXml(s) {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

// Text for a <t> element: XML escapes, CR kept as a character reference,
// characters XML 1.0 cannot carry written as SpreadsheetML's _xHHHH_, and a
// literal "_xHHHH_" protected so it reads back as written.
const NEEDS_CARE = /[&<>"\r_\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

function cellText(s) {
  if (!NEEDS_CARE.test(s)) return s;
  let t = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) =>
    "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_",
  );
  t = t.toWellFormed ? t.toWellFormed() : t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return escapeXml(t).replace(/\r/g, "&#13;");
}

// A string written as a number: plain decimal, no leading zeros that a
// number would lose (codes like "007"), at most 15 significant digits
// (Excel's precision; longer digit strings are ids, kept as text).
function numericText(s) {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const intFrom = i;
  let significant = 0;
  let leading = true; // still in leading zeros
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    if (d !== 0 || !leading) {
      leading = false;
      significant++;
    }
  }
  const intLen = i - intFrom;
  if (intLen === 0 || (intLen > 1 && s.charCodeAt(intFrom) === 48)) return false; // "", ".5", "007"
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i === n - 1) return false; // only "." then digits
    for (i++; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      if (d !== 0 || !leading) {
        leading = false;
        significant++;
      }
    }
  }
  return significant <= 15;
}

function colName(c) {
  let s = "";
  for (c++; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function sheetNames(sheets) {
  const used = new Set();
  const fit = (s, max) => {
    let out = "";
    for (const ch of s) {
      if (out.length + ch.length > max) break;
      out += ch;
    }
    return out;
  };
  return sheets.map((sh, i) => {
    let base = String(sh && sh.name != null ? sh.name : "")
      .replace(/[\[\]:*?\/\\\u0000-\u001f]/g, "_")
      .replace(/^'+|'+$/g, "")
      .trim();
    if (base === "" || base.toLowerCase() === "history") base = base === "" ? `Sheet${i + 1}` : base + "_";
    base = fit(base, 31);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = fit(base, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function sheetXml(rows, name) {
  if (!Array.isArray(rows)) throw new Error(`writeWorkbook: sheet "${name}" has no rows array.`);
  if (rows.length > MAX_ROWS) throw new Error(`Sheet "${name}" has ${rows.length} rows; Excel allows at most ${MAX_ROWS}.`);
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  const cols = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row == null || row.length === 0) continue;
    if (!Array.isArray(row)) throw new Error(`writeWorkbook: row ${r + 1} of sheet "${name}" is not an array.`);
    if (row.length > MAX_COLS) throw new Error(`Sheet "${name}" row ${r + 1} has ${row.length} columns; Excel allows at most ${MAX_COLS}.`);
    const rn = r + 1;
    let line = "";
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      const ref = (cols[c] || (cols[c] = colName(c))) + rn;
      if (typeof v === "number" && Number.isFinite(v)) {
        line += `<c r="${ref}"><v>${Object.is(v, -0) ? "0" : String(v)}</v></c>`;
      } else if (typeof v === "boolean") {
        line += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        const s = String(v);
        if (numericText(s)) line += `<c r="${ref}"><v>${s}</v></c>`;
        else {
          const sp = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : "";
          line += `<c r="${ref}" t="inlineStr"><is><t${sp}>${cellText(s)}</t></is></c>`;
        }
      }
    }
    if (line !== "") out.push(`<row r="${rn}">${line}</row>`);
  }
  out.push("</sheetData></worksheet>");
  return out.join("");
}

const CT_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES =
  XML_HEAD +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * Writes a minimal .xlsx workbook.
 * @param {{name: string, rows: (string|number|boolean|null)[][]}[]} sheets
 * @returns {Uint8Array}
 */
export function writeWorkbook(sheets) {
  if (!Array.isArray(sheets) || sheets.length === 0) throw new Error("writeWorkbook needs at least one sheet.");
  const names = sheetNames(sheets);
  const files = [];
  const add = (name, text) => files.push({ name, data: enc.encode(text) });

  let ct =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT_MAIN}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT_MAIN}.styles+xml"/>`;
  for (let i = 0; i < sheets.length; i++) {
    ct += `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT_MAIN}.worksheet+xml"/>`;
  }
  add("[Content_Types].xml", ct + "</Types>");
  add(
    "_rels/.rels",
    XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  let wb =
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>`;
  let wbRels = XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
  for (let i = 0; i < sheets.length; i++) {
    wb += `<sheet name="${escapeXml(names[i])}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
    wbRels += `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  }
  wbRels += `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  add("xl/workbook.xml", wb + "</sheets></workbook>");
  add("xl/_rels/workbook.xml.rels", wbRels + "</Relationships>");
  add("xl/styles.xml", STYLES);
  for (let i = 0; i < sheets.length; i++) add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheets[i].rows, names[i]));
  return zipStored(files);
}

// A ZIP archive of stored (uncompressed) entries, with fixed timestamps so
// the same sheets always give the same bytes.
export function zipStored(files) {
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  let size = 22;
  const metas = files.map((f) => {
    const name = enc.encode(f.name);
    size += 30 + name.length + f.data.length + 46 + name.length;
    return { name, data: f.data, crc: crc32(f.data), offset: 0 };
  });
  if (size > 0xffffffff) throw new Error("The workbook is too large to save as an XLSX file (over 4 GB).");
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let p = 0;
  for (const m of metas) {
    m.offset = p;
    dv.setUint32(p, 0x04034b50, true);
    dv.setUint16(p + 4, 20, true); // version needed
    dv.setUint16(p + 6, 0x0800, true); // UTF-8 names
    dv.setUint16(p + 8, 0, true); // stored
    dv.setUint16(p + 10, DOS_TIME, true);
    dv.setUint16(p + 12, DOS_DATE, true);
    dv.setUint32(p + 14, m.crc, true);
    dv.setUint32(p + 18, m.data.length, true);
    dv.setUint32(p + 22, m.data.length, true);
    dv.setUint16(p + 26, m.name.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(m.name, p + 30);
    out.set(m.data, p + 30 + m.name.length);
    p += 30 + m.name.length + m.data.length;
  }
  const cd = p;
  for (const m of metas) {
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true); // made by
    dv.setUint16(p + 6, 20, true); // needed
    dv.setUint16(p + 8, 0x0800, true);
    dv.setUint16(p + 10, 0, true);
    dv.setUint16(p + 12, DOS_TIME, true);
    dv.setUint16(p + 14, DOS_DATE, true);
    dv.setUint32(p + 16, m.crc, true);
    dv.setUint32(p + 20, m.data.length, true);
    dv.setUint32(p + 24, m.data.length, true);
    dv.setUint16(p + 28, m.name.length, true);
    // extra, comment, disk, internal attributes, external attributes: 0
    dv.setUint32(p + 42, m.offset, true);
    out.set(m.name, p + 46);
    p += 46 + m.name.length;
  }
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, metas.length, true);
  dv.setUint16(p + 10, metas.length, true);
  dv.setUint32(p + 12, p - cd, true);
  dv.setUint32(p + 16, cd, true);
  return out;
}
