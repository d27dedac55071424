package policy

//go:generate go test -run TestCodecGenerated -update .

// manifest is manifest.json as Load reads it.
type manifest struct{ Files []*Source }
