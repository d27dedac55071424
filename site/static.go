package site

import "embed"

// Static holds the stylesheet and the scripts of the site, before hashing.
//
//go:embed static
var Static embed.FS

// Modules are the assessment page's ES modules, written together into one
// hashed folder; they import each other by relative name. The page loads
// EntryModule, which imports the rest.
var Modules = []string{
	"main.js", "text.js", "dom.js", "state.js", "store.js", "engine.js", "project.js",
	"projects.js", "form.js", "problems.js", "compute.js", "importer.js", "exporter.js",
	"results.js", "words.js", "xlsx.js", "update.js", "embedded.js", "factorsource.js", "tables.js", "csv.js", "plant.js",
}

// EntryModule is the module the assessment page loads.
const EntryModule = "main.js"

// EngineModule is the module that starts and talks to the engine's worker;
// the page loads it ahead of the others.
const EngineModule = "engine.js"

// LazyModules are the modules fetched only when used (by import()), not on
// a first visit.
var LazyModules = []string{"xlsx.js", "embedded.js"}

// StyleSheets are the style sheets, bundled in this order into one.
var StyleSheets = []string{"style.css", "results.css", "reach.css"}
