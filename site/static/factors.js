// Greenline's factor browser: hides the tables and rows that do not match
// the filter. Without this script the filter stays hidden and every table
// and row is shown. The page runs it from its <head>: it marks the page at
// once (data-filter: the style sheet then lays the filter out from the
// first paint), and wires the filter once the page is parsed.
"use strict";

document.documentElement.dataset.filter = "";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filter");
  if (!form) return;
  const status = document.getElementById("filter-status");
  const noMatch = document.getElementById("no-match");
  const sections = [...document.querySelectorAll("section[data-table]")];
  const total = document.querySelectorAll("tr[data-row]").length;
  const { country, year, q } = form.elements;

  const apply = () => {
    const query = q.value.trim().toLowerCase();
    let rows = 0;
    let tables = 0;
    for (const section of sections) {
      const on = (!country.value || section.dataset.country === country.value) &&
        (!year.value || section.dataset.year === year.value);
      let shown = 0;
      for (const tr of section.querySelectorAll("tr[data-row]")) {
        const match = on && (!query || tr.dataset.search.includes(query));
        tr.hidden = !match;
        if (match) shown++;
      }
      section.hidden = shown === 0;
      const entry = document.querySelector(`.toc [data-for="${CSS.escape(section.id)}"]`);
      if (entry) entry.hidden = shown === 0;
      rows += shown;
      if (shown) tables++;
    }
    noMatch.hidden = rows !== 0;
    status.textContent = status.dataset.template
      .replace("{rows}", rows).replace("{total}", total).replace("{tables}", tables);
    // Keep the filter in the address, so a filtered view can be shared.
    const params = new URLSearchParams();
    if (country.value) params.set("country", country.value);
    if (year.value) params.set("year", year.value);
    if (query) params.set("q", q.value.trim());
    const search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname + location.hash);
  };

  // Start from the address, ignoring values the filter does not offer.
  const params = new URLSearchParams(location.search);
  const pick = (select, value) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(country, params.get("country"));
  pick(year, params.get("year"));
  q.value = params.get("q") || "";

  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  // The page comes with every row shown and its status saying so: only an
  // address with a filter in it needs the filter applied now.
  if (["country", "year", "q"].some((k) => params.has(k))) apply();
});
