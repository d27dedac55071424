package site

import "embed"

// Static holds the stylesheet and the scripts of the site, before hashing.
//
//go:embed static
var Static embed.FS

// AppScripts are the page scripts, bundled in this order into the one
// app.js a page loads. Each is a self-contained function that shares
// nothing but the names it sets on window.Greenline.
var AppScripts = []string{"results.js", "store.js", "app.js"}

// StyleSheets are the style sheets, bundled in this order into one.
var StyleSheets = []string{"style.css", "results.css"}
