package policy

import "io/fs"

// Files returns the embedded policy data files exactly as committed:
// manifest.json and the CSV files it names.
func Files() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic("policy: " + err.Error()) // "data" is a valid path: unreachable
	}
	return sub
}
