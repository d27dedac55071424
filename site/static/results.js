// Greenline's result view: paints a calculation's result, its charts and
// the printable report. (Filled in by the results work.)
"use strict";
