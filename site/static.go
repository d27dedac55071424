package site

import "embed"

// Static holds the stylesheet and the scripts of the site, before hashing.
//
//go:embed static
var Static embed.FS
