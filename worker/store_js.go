//go:build js && wasm

package main

import (
	"io"
	"io/fs"
	"strings"

	"github.com/syumai/workers/cloudflare/kv"
	"github.com/syumai/workers/cloudflare/r2"
)

// boundStore returns the store bound to the Worker, or nil.
func boundStore() Store {
	if ns, err := kv.NewNamespace("ASSOCIATION_KV"); err == nil {
		return kvStore{ns}
	}
	if b, err := r2.NewBucket("ASSOCIATION_R2"); err == nil {
		return r2Store{b}
	}
	return nil
}

// kvStore is a Store over a Workers KV namespace.
type kvStore struct{ ns *kv.Namespace }

func (s kvStore) Keys(prefix string) ([]string, error) {
	var keys []string
	opts := &kv.ListOptions{Prefix: prefix}
	for {
		res, err := s.ns.List(opts)
		if err != nil {
			return nil, err
		}
		for _, k := range res.Keys {
			keys = append(keys, k.Name)
		}
		if res.ListComplete || res.Cursor == "" {
			return keys, nil
		}
		opts.Cursor = res.Cursor
	}
}

func (s kvStore) Get(key string) ([]byte, error) {
	v, err := s.ns.GetString(key, nil)
	return []byte(v), err
}

// r2Store is a Store over an R2 bucket; it reads the first 1,000 keys.
type r2Store struct{ b *r2.Bucket }

func (s r2Store) Keys(prefix string) ([]string, error) {
	objs, err := s.b.List()
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, o := range objs.Objects {
		if strings.HasPrefix(o.Key, prefix) {
			keys = append(keys, o.Key)
		}
	}
	return keys, nil
}

func (s r2Store) Get(key string) ([]byte, error) {
	o, err := s.b.Get(key)
	if err != nil {
		return nil, err
	}
	if o == nil {
		return nil, fs.ErrNotExist
	}
	return io.ReadAll(o.Body)
}
