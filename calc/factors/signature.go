package factors

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// SignatureFile is the name of the signature in a signed table directory:
// manifest.json, the CSV files it names, and this file.
const SignatureFile = "signature.json"

// A Signature is a publisher's Ed25519 signature over the SHA-256 of every
// file of a table directory. An association signs its own tables; a user
// accepts them only when they have chosen to trust the key id.
type Signature struct {
	KeyID     string            `json:"key_id"`     // KeyID of PublicKey
	PublicKey string            `json:"public_key"` // standard base64 of the 32-byte key
	Files     map[string]string `json:"files"`      // file name → lower-case hex SHA-256
	Signature string            `json:"signature"`  // standard base64 of the 64-byte signature of Message
}

// KeyID names a public key: the lower-case hex of the first 16 bytes of its
// SHA-256. A key id is short enough to read out, and names one key only.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:16])
}

// Message is the text a signature signs: a first line naming the format,
// then one line per file, "<sha256>  <name>", in byte order of the names
// (the lines sha256sum prints).
func (s *Signature) Message() []byte {
	names := make([]string, 0, len(s.Files))
	for n := range s.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString("greenline table signature 1\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s  %s\n", s.Files[n], n)
	}
	return b.Bytes()
}

// Sign signs the table directory fsys: manifest.json and every file it
// names. It does not write the signature; the caller stores it as
// SignatureFile beside them.
func Sign(fsys fs.FS, key ed25519.PrivateKey) (*Signature, error) {
	if _, err := Load(fsys); err != nil {
		return nil, err
	}
	files, err := sums(fsys)
	if err != nil {
		return nil, err
	}
	pub := key.Public().(ed25519.PublicKey)
	s := &Signature{KeyID: KeyID(pub), PublicKey: base64.StdEncoding.EncodeToString(pub), Files: files}
	s.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(key, s.Message()))
	return s, nil
}

// Verify checks a signed table directory: SignatureFile is well formed, its
// key id names its key, the signature is the key's, and it covers exactly
// manifest.json and the files it names, each with its SHA-256 as signed.
// It says nothing of whether the key is to be trusted: that is the user's
// choice, made by key id. The error names the file at fault.
func Verify(fsys fs.FS) (*Signature, error) {
	raw, err := fs.ReadFile(fsys, SignatureFile)
	if err != nil {
		return nil, err
	}
	var s Signature
	if err := readSignature(raw, false, true, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", SignatureFile, err)
	}
	pub, err := base64.StdEncoding.DecodeString(s.PublicKey)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%s: public_key: want the standard base64 of a %d-byte Ed25519 key", SignatureFile, ed25519.PublicKeySize)
	}
	if KeyID(pub) != s.KeyID {
		return &s, fmt.Errorf("%s: key_id %q is not the id of public_key (%s)", SignatureFile, s.KeyID, KeyID(pub))
	}
	sig, err := base64.StdEncoding.DecodeString(s.Signature)
	if err != nil || !ed25519.Verify(pub, s.Message(), sig) {
		return &s, fmt.Errorf("%s: the signature does not verify with key %s", SignatureFile, s.KeyID)
	}
	got, err := sums(fsys)
	if err != nil {
		return &s, err
	}
	var errs []error
	for name, sum := range got {
		want, ok := s.Files[name]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%s: not signed", name))
		case want != sum:
			errs = append(errs, fmt.Errorf("%s: SHA-256 %s, but %s was signed: the file was changed after signing", name, sum, want))
		}
	}
	for name := range s.Files {
		if _, ok := got[name]; !ok {
			errs = append(errs, fmt.Errorf("%s: signed, but the manifest does not name it", name))
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	if err := errors.Join(errs...); err != nil {
		return &s, err
	}
	return &s, nil
}

// sums returns the hex SHA-256 of manifest.json and of each file it names.
func sums(fsys fs.FS) (map[string]string, error) {
	raw, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return nil, err
	}
	files, err := ManifestFiles(raw)
	if err != nil {
		return nil, fmt.Errorf("manifest.json: %w", err)
	}
	out := map[string]string{"manifest.json": hexSum(raw)}
	for _, file := range files {
		if !fs.ValidPath(file) || strings.Contains(file, "/") || file == SignatureFile || file == "manifest.json" {
			return nil, fmt.Errorf("manifest.json: file %q: want a file name beside the manifest", file)
		}
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, err
		}
		out[file] = hexSum(b)
	}
	return out, nil
}

func hexSum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
