package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// gzipBytes compresses data at the best gzip level.
func gzipBytes(data []byte) []byte {
	return cached(data, ".gz", func() []byte {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(data)
		w.Close()
		return b.Bytes()
	})
}

// brotliBytes compresses data at brotli's best quality.
func brotliBytes(data []byte) []byte {
	return cached(data, ".br", func() []byte {
		var b bytes.Buffer
		w := brotli.NewWriterLevel(&b, brotli.BestCompression)
		w.Write(data)
		w.Close()
		return b.Bytes()
	})
}

// cached returns compress(), kept in the user's cache folder under the
// SHA-256 of data: brotli at its best quality takes most of a build's
// time for the wasm, and the same bytes always compress to the same bytes,
// so a rebuild with an unchanged engine reuses the file it wrote before.
// Without a usable cache folder it compresses every time.
func cached(data []byte, suffix string, compress func() []byte) []byte {
	dir, err := os.UserCacheDir()
	if err != nil {
		return compress()
	}
	sum := sha256.Sum256(data)
	name := filepath.Join(dir, "greenline", "compress", hex.EncodeToString(sum[:])+suffix)
	if b, err := os.ReadFile(name); err == nil {
		return b
	}
	b := compress()
	if os.MkdirAll(filepath.Dir(name), 0o755) == nil {
		// Written under a temporary name and renamed, so that a build
		// stopped half-way never leaves a truncated file to be reused.
		if f, err := os.CreateTemp(filepath.Dir(name), "part-*"); err == nil {
			_, werr := f.Write(b)
			if cerr := f.Close(); werr != nil || cerr != nil || os.Rename(f.Name(), name) != nil {
				os.Remove(f.Name())
			}
		}
	}
	return b
}
