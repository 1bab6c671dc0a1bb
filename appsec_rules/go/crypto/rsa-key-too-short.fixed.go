package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"fmt"
)

const legacyBits = 1024

// Vulnerable: 1024-bit RSA key.
func newSigningKey() (*rsa.PrivateKey, error) {
	// ruleid: go.crypto.weak-cipher.rsa-key-too-short
	return rsa.GenerateKey(rand.Reader, 2048)
}

// Vulnerable: 512-bit key for "test" certificates that ship to production.
func newTLSKey() (*rsa.PrivateKey, error) {
	// ruleid: go.crypto.weak-cipher.rsa-key-too-short
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	return key, nil
}

// Vulnerable: key size from a constant below 2048.
func newLegacyKey() (*rsa.PrivateKey, error) {
	// ruleid: go.crypto.weak-cipher.rsa-key-too-short
	return rsa.GenerateKey(rand.Reader, 2048)
}

// Safe: 2048-bit key.
func newKey2048() (*rsa.PrivateKey, error) {
	// ok: go.crypto.weak-cipher.rsa-key-too-short
	return rsa.GenerateKey(rand.Reader, 2048)
}

// Safe: 4096-bit key.
func newKey4096() (*rsa.PrivateKey, error) {
	// ok: go.crypto.weak-cipher.rsa-key-too-short
	return rsa.GenerateKey(rand.Reader, 4096)
}

// Safe: ECDSA P-256.
func newECKey() (*ecdsa.PrivateKey, error) {
	// ok: go.crypto.weak-cipher.rsa-key-too-short
	return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
}

const legacyKeys = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func legacyKey() {
	if legacyKeys {
		// ok: go.crypto.weak-cipher.rsa-key-too-short
		key, _ := rsa.GenerateKey(rand.Reader, 1024)
		_ = key
	}
}

func main() {
	_, _ = newSigningKey()
	_, _ = newTLSKey()
	_, _ = newLegacyKey()
	_, _ = newKey2048()
	_, _ = newKey4096()
	_, _ = newECKey()
}
