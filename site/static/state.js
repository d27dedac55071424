// The page's state, in one object: the project being edited, the step
// shown, the last answer of the core. Modules read and write it; browser
// tests read it too (by importing this module), instead of flags on the
// page added for them.

export const state = {
  ready: false, // the first project is open
  rec: null, // {id, name, updated, doc}: the project being edited, as stored
  doc: null, // its document: the project file plus the page's own "_" keys
  current: "company", // the step shown
  touched: new Set(), // fields the user has left: their problems are shown
  left: new Set(), // steps the user has left with their buttons: their problems are marked
  errors: [], // the problems of the project as last computed
  warnings: [], // problems of optional fields, which block only what depends on them
  busy: false, // a calculation is under way
  calcs: 0, // answers received
  generation: 0, // project switches: an answer for another project is dropped
  last: null, // {project, input, out, result, at} of the last project without errors
  painted: null, // the `last` the result view shows
  paints: 0, // times the result view was painted
  saves: 0, // saves done
  meter: "", // the import's state: reading, sheet, read, refused
  timing: { start: performance.now() }, // the page's speed log
};
