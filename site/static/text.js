// The page's words: the texts of its language, read from the JSON data
// blocks the page was built with, and how that language writes numbers.
// Nothing here is a sentence of the core's: the core answers in codes.

const json = (id) => JSON.parse(document.getElementById(id).textContent);

// text holds the page's general texts: lang, the codes' templates…
export const text = json("i18n");
// W holds the assessment's texts (labels, help, messages).
export const W = json("wizard-i18n");
// P holds the shared plant's texts, for the operator and the user.
export const P = json("plant-i18n");
// resultsText holds the texts of the result view and the report.
export const resultsText = json("results-i18n");
// locale is the page's language as Intl names it.
export const locale = text.lang === "zh" ? "zh-CN" : "en";

// fill replaces {name} in a template by vars[name].
export const fill = (s, vars) => String(s).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));

// group writes a decimal string with its whole part grouped in the
// page's language ("1,234.567"), exactly: no float on the way.
export const group = (v) => {
  const [i, f] = String(v).split(".");
  try { return BigInt(i).toLocaleString(locale) + (f ? "." + f : ""); } catch (_) { return String(v); }
};

// movePoint moves the decimal point of a decimal string by places (2: a
// fraction to a percentage, -2: back), exactly, on its digits; text that
// is not a plain decimal is returned as it is.
export const movePoint = (s, places) => {
  const m = /^\s*(\d*)(?:\.(\d*))?\s*[%％]?\s*$/.exec(String(s));
  if (!m || (m[1] + (m[2] || "")) === "") return s;
  let int = m[1], frac = m[2] || "";
  if (places > 0) { frac = frac.padEnd(places, "0"); int += frac.slice(0, places); frac = frac.slice(places); } else {
    int = int.padStart(-places + 1, "0"); frac = int.slice(places) + frac; int = int.slice(0, places);
  }
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  return (int || "0") + (frac ? "." + frac : "");
};
