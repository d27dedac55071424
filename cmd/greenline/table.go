package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
)

const tableUsage = `usage:
  greenline table keygen KEYFILE  make an Ed25519 key for signing tables; prints its key id
  greenline table sign --key KEYFILE DIR
                                 sign a table directory (manifest.json and the CSV
                                 files it names) into DIR/signature.json
  greenline table verify [--trust KEYID] DIR
                                 check a signed table directory: the signature, every
                                 file's SHA-256, and the tables themselves`

// tableCmd runs "greenline table …": an association's signing tools.
func tableCmd(args []string, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	switch {
	case len(args) == 2 && args[0] == "keygen":
		_, key, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return fail(err)
		}
		seed := base64.StdEncoding.EncodeToString(key.Seed()) + "\n"
		if err := os.WriteFile(args[1], []byte(seed), 0o600); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s: key id %s\n", args[1], factors.KeyID(key.Public().(ed25519.PublicKey)))
		return 0
	case len(args) == 4 && args[0] == "sign" && args[1] == "--key":
		key, err := readKey(args[2])
		if err != nil {
			return fail(err)
		}
		s, err := factors.Sign(os.DirFS(args[3]), key)
		if err != nil {
			return fail(err)
		}
		b, _ := json.MarshalIndent(s, "", "  ")
		if err := os.WriteFile(filepath.Join(args[3], factors.SignatureFile), append(b, '\n'), 0o644); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s: signed %d files with key id %s\n", args[3], len(s.Files), s.KeyID)
		return 0
	case len(args) == 2 && args[0] == "verify", len(args) == 4 && args[0] == "verify" && args[1] == "--trust":
		dir, trust := args[len(args)-1], ""
		if len(args) == 4 {
			trust = args[2]
		}
		s, err := verifyDir(dir)
		if err != nil {
			return fail(err)
		}
		if trust != "" && s.KeyID != trust {
			return fail(fmt.Errorf("%s: signed with key id %s, not the trusted %s", dir, s.KeyID, trust))
		}
		fmt.Fprintf(stdout, "%s: signature of key id %s verified over %d files; the tables load\n", dir, s.KeyID, len(s.Files))
		return 0
	}
	fmt.Fprintln(stderr, tableUsage)
	return 2
}

// verifyDir checks a signed table directory and loads its tables.
func verifyDir(dir string) (*factors.Signature, error) {
	fsys := os.DirFS(dir)
	s, err := factors.Verify(fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	if _, err := factors.Load(fsys); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return s, nil
}

// readKey reads a key file written by keygen: the base64 of the seed.
func readKey(name string) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	seed, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("%s: want the base64 of a %d-byte Ed25519 seed, as greenline table keygen writes", name, ed25519.SeedSize)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// withTables takes every "--tables DIR" out of args and returns the
// embedded library with the tables of each DIR added: tables fetched from
// the Worker, so that a project computes to the bytes the page gave. A
// DIR holding signature.json must verify.
func withTables(args []string) ([]string, *factors.Library, error) {
	lib := factors.Default()
	var rest []string
	for i := 0; i < len(args); i++ {
		if args[i] != "--tables" {
			rest = append(rest, args[i])
			continue
		}
		if i+1 == len(args) {
			return nil, nil, errors.New("--tables needs a directory")
		}
		dir := args[i+1]
		i++
		fsys := os.DirFS(dir)
		if _, err := os.Stat(filepath.Join(dir, factors.SignatureFile)); err == nil {
			if _, err := verifyDir(dir); err != nil {
				return nil, nil, err
			}
		}
		extra, err := factors.Load(fsys)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", dir, err)
		}
		if lib, err = lib.With(extra); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", dir, err)
		}
	}
	return rest, lib, nil
}
