// Words: the page's own rendering of the core's codes. The core names
// every problem, reason and note by a code with named parameters; this
// module says it in the page's language from the page's tables.

import { text, fill } from "./text.js";

// say is a problem, or any coded answer, in the page's language.
export const say = (e) => {
  const tpl = text.codes[e.code];
  if (tpl) return fill(tpl, e.params || {});
  return text.lang === "en" && e.message ? e.message : text.codes.internal || e.code;
};

import { resultsText } from "./text.js";

// enums are the page's labels of the core's machine ids, by kind.
const enums = {
  surplus: { exported: resultsText.surplusExported, curtailed: resultsText.surplusCurtailed },
  coverage: resultsText.coverages,
  rule: resultsText.rules,
  instrument: resultsText.kinds,
  level: resultsText.levels,
};

// label is the page's label of an enum value (a kind, a rule, a
// technology…), or the value as it is when the page has none.
export const label = (kind, id) => (enums[kind] && enums[kind][id]) || id;
