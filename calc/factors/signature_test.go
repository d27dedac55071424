package factors

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// rfcKey is the key of RFC 8032 section 7.1, test 1.
func rfcKey(t *testing.T) ed25519.PrivateKey {
	seed, _ := hex.DecodeString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
	return ed25519.NewKeyFromSeed(seed)
}

func TestKeyID(t *testing.T) {
	pub := rfcKey(t).Public().(ed25519.PublicKey)
	if got, want := hex.EncodeToString(pub), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"; got != want {
		t.Fatalf("public key = %s, want RFC 8032's %s", got, want)
	}
	// The first 32 hex digits of `xxd -r -p <<< d75a…511a | sha256sum`.
	if got, want := KeyID(pub), "21fe31dfa154a261626bf854046fd227"; got != want {
		t.Errorf("KeyID = %s, want %s", got, want)
	}
}

func TestMessage(t *testing.T) {
	s := Signature{Files: map[string]string{
		"manifest.json": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		"a.csv":         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	}}
	want := "greenline table signature 1\n" +
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.csv\n" +
		"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  manifest.json\n"
	if got := string(s.Message()); got != want {
		t.Errorf("Message =\n%s\nwant\n%s", got, want)
	}
}

// signed returns a table directory (a made-up version 2 of cn-mee-2023)
// signed with the RFC 8032 key.
func signed(t *testing.T) fstest.MapFS {
	t.Helper()
	dir := oneTable(t, "2", "", "")
	s, err := Sign(dir, rfcKey(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(s)
	dir[SignatureFile] = &fstest.MapFile{Data: b}
	return dir
}

func TestSignVerify(t *testing.T) {
	s, err := Verify(signed(t))
	if err != nil {
		t.Fatalf("Verify of a signed table: %v", err)
	}
	if s.KeyID != "21fe31dfa154a261626bf854046fd227" || len(s.Files) != 2 {
		t.Errorf("signature = key %s, %d files; want the RFC key and 2 files", s.KeyID, len(s.Files))
	}
	other := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	tests := []struct {
		name string
		edit func(fstest.MapFS)
		want string
	}{
		{"a changed value", func(d fstest.MapFS) {
			d["cn-mee-2023.csv"].Data = []byte(strings.Replace(string(d["cn-mee-2023.csv"].Data), "0.5827", "0.1827", 1))
		}, "cn-mee-2023.csv: SHA-256 "},
		{"a changed citation", func(d fstest.MapFS) {
			d["manifest.json"].Data = []byte(strings.Replace(string(d["manifest.json"].Data), "published\": \"2025-12-31", "published\": \"2025-12-30", 1))
		}, "manifest.json: SHA-256 "},
		{"another key's signature", func(d fstest.MapFS) {
			s, _ := Sign(d, other)
			var old Signature
			json.Unmarshal(d[SignatureFile].Data, &old)
			old.Signature = s.Signature
			d[SignatureFile].Data, _ = json.Marshal(old)
		}, "signature.json: the signature does not verify with key 21fe31dfa154a261626bf854046fd227"},
		{"a key id of another key", func(d fstest.MapFS) {
			var old Signature
			json.Unmarshal(d[SignatureFile].Data, &old)
			old.KeyID = KeyID(other.Public().(ed25519.PublicKey))
			d[SignatureFile].Data, _ = json.Marshal(old)
		}, "is not the id of public_key (21fe31dfa154a261626bf854046fd227)"},
		{"no signature", func(d fstest.MapFS) { delete(d, SignatureFile) }, "signature.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := signed(t)
			tt.edit(d)
			_, err := Verify(d)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Verify = %v, want an error with %q", err, tt.want)
			}
		})
	}
}
