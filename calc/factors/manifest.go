package factors

//go:generate go test -run TestCodecGenerated -update .

// manifest is manifest.json as Load reads it.
type manifest struct{ Tables []*Table }

// fileManifest is manifest.json as far as the signature reads it: the
// file of every table.
type fileManifest struct{ Tables []fileRef }

type fileRef struct{ File string }

// ManifestFiles returns the files manifest.json names, one per table, as
// encoding/json's Unmarshal read them: keys matched up to case, other keys
// ignored.
func ManifestFiles(raw []byte) ([]string, error) {
	var m fileManifest
	if err := readfileManifest(raw, true, false, &m); err != nil {
		return nil, err
	}
	files := make([]string, len(m.Tables))
	for i, t := range m.Tables {
		files[i] = t.File
	}
	return files, nil
}
