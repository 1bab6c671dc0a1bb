package main

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// Vulnerable: session token assembled from math/rand.
func newSessionToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go.crypto.weak-random.math-rand-for-secrets
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

// Vulnerable: password reset code assigned from math/rand.
func sendReset(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.crypto.weak-random.math-rand-for-secrets
	resetCode := fmt.Sprintf("%06d", rand.Intn(1000000))
	fmt.Fprintln(w, "code sent", len(resetCode))
}

// Vulnerable: API key bytes filled by math/rand.Read.
type Client struct {
	Name   string
	APIKey string
}

func register(name string) Client {
	apiKey := make([]byte, 32)
	// ruleid: go.crypto.weak-random.math-rand-for-secrets
	rand.Read(apiKey)
	return Client{Name: name, APIKey: base64.RawURLEncoding.EncodeToString(apiKey)}
}

// Vulnerable: CSRF nonce stored in a struct literal.
type Form struct {
	Action string
	Nonce  int64
}

func newForm(action string) Form {
	// ruleid: go.crypto.weak-random.math-rand-for-secrets
	return Form{Action: action, Nonce: rand.Int63()}
}

// Safe: crypto/rand for the token.
func newSecureToken() (string, error) {
	b := make([]byte, 32)
	// ok: go.crypto.weak-random.math-rand-for-secrets
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Safe: math/rand for retry jitter (not a secret).
func backoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	// ok: go.crypto.weak-random.math-rand-for-secrets
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

// Safe: math/rand to pick a load-balancer backend.
func pickBackend(backends []string) string {
	// ok: go.crypto.weak-random.math-rand-for-secrets
	return backends[rand.Intn(len(backends))]
}

const debugOnly = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func debugResetCode() {
	if debugOnly {
		// ok: go.crypto.weak-random.math-rand-for-secrets
		resetCode := fmt.Sprintf("%06d", rand.Intn(1000000))
		_ = resetCode
	}
}

func main() {
	http.HandleFunc("/reset", sendReset)
	fmt.Println(newSessionToken(16), register("x"), newForm("/pay"), backoff(2), pickBackend([]string{"a"}))
	_, _ = newSecureToken()
}
