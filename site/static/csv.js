// csv.js: CSV text as rows of fields, as the core's reader (Go's
// encoding/csv) gives them for a factor table: fields in double quotes may
// hold commas, line breaks and doubled quotes; a line break is \n or \r\n,
// and \r\n inside quotes is read as \n. A kept table passed its hash and
// signature before it is read here, and the engine checks it again.

// csvRows reads CSV text; a last line without a line break counts.
export const csvRows = (text) => {
  const s = text.replace(/\r\n/g, "\n");
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') { field += '"'; i++; } else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
};
