package factors

import "io/fs"

// Files returns the embedded table files exactly as committed:
// manifest.json and the CSV files it names. The site, the CLI and the
// Worker all read the tables from here, so that there is one copy of each.
func Files() fs.FS {
	sub, err := fs.Sub(embedded, "tables")
	if err != nil {
		panic("factors: " + err.Error()) // "tables" is a valid path: unreachable
	}
	return sub
}
