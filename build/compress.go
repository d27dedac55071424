package main

import (
	"bytes"
	"compress/gzip"

	"github.com/andybalholm/brotli"
)

// gzipBytes compresses data at the best gzip level.
func gzipBytes(data []byte) []byte {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// brotliBytes compresses data at brotli's best quality.
func brotliBytes(data []byte) []byte {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	w.Write(data)
	w.Close()
	return b.Bytes()
}
