// The site's root page sends the visitor to the calculator in their
// browser's language; without scripts it shows plain links.
"use strict";
location.replace(/^zh\b/i.test(navigator.language || "") ? "zh/" : "en/");
