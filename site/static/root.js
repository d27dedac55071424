// The site's root page: sends the visitor to the pages in their
// browser's language (a file, not an inline script, so that a
// Content-Security-Policy of script-src 'self' holds everywhere).
location.replace(/^zh\b/i.test(navigator.language || "") ? "zh/" : "en/");
