// lighthouse-summary prints one line of a Lighthouse JSON report: the page,
// its four category scores, and the two figures that decide performance
// here (total blocking time, largest contentful paint). make lighthouse
// runs it once per page: node build/lighthouse-summary.mjs REPORT PAGE
import { readFileSync } from "node:fs";

const [report, page] = process.argv.slice(2);
const { categories: c, audits: a } = JSON.parse(readFileSync(report, "utf8"));
const score = (k) => Math.round(c[k].score * 100);
console.log(page.padEnd(14), "performance", score("performance"), "accessibility", score("accessibility"),
  "best-practices", score("best-practices"), "seo", score("seo"),
  "| TBT", a["total-blocking-time"].displayValue, "LCP", a["largest-contentful-paint"].displayValue);
