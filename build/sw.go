package main

import (
	"encoding/hex"
	"encoding/json"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/greenline-calc/greenline/site"
)

// serviceWorker writes sw.js at the site root, named by a hash of
// everything built so that any change makes a new version, with two lists
// from the build's own record of what it wrote: the core, which the worker
// keeps as it installs (what a first visit to the calculator loads anyway,
// the manifests, the smaller app icon, the partner list: 7 KB brotli more),
// and the rest (the other pages, the calculator in Chinese, the XLSX
// module, the factor browser's script, the larger icons…), which it
// fetches when a page says it is idle, or on first use.
// Pages as page URLs ("en/", not "en/index.html"). embed.js is left out:
// partners' pages load it, never the site's own offline.
func (w *writer) serviceWorker(src []byte) {
	core := map[string]bool{"embed.json": true, "icon-192.png": true}
	for _, n := range w.m.FirstLoad {
		core[n] = true
	}
	var keep, rest []string
	for name := range w.m.Files {
		if name == site.EmbedScript {
			continue
		}
		if path.Base(name) == site.ManifestFile {
			core[name] = true
		}
		u := name
		if u == "index.html" {
			u = "./"
		} else if strings.HasSuffix(u, "/index.html") {
			u = strings.TrimSuffix(u, "index.html")
		}
		if core[name] {
			keep = append(keep, u)
		} else {
			rest = append(rest, u)
		}
	}
	sort.Strings(keep)
	sort.Strings(rest)
	k, _ := json.Marshal(slices.Compact(keep))
	r, _ := json.Marshal(rest)
	version := hex.EncodeToString(w.sum.Sum(nil))[:12]
	w.write("sw.js", []byte(strings.NewReplacer("__VERSION__", version, "__CORE__", string(k), "__REST__", string(r)).Replace(string(src))))
}
