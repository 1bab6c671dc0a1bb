package main

import (
	"crypto/tls"
	"net/http"
)

// Vulnerable: server still accepting TLS 1.0.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":8443",
		Handler: h,
		TLSConfig: &tls.Config{
			// ruleid: go.tls.version.min-version-below-tls12
			MinVersion: tls.VersionTLS10,
		},
	}
}

// Vulnerable: TLS 1.1 minimum for a legacy client.
func legacyClientConfig() *tls.Config {
	// ruleid: go.tls.version.min-version-below-tls12
	return &tls.Config{ServerName: "legacy.example.com", MinVersion: tls.VersionTLS11}
}

// Vulnerable: SSL 3.0 set on an existing config.
func downgrade(cfg *tls.Config) {
	// ruleid: go.tls.version.min-version-below-tls12
	cfg.MinVersion = tls.VersionSSL30
}

// Safe: TLS 1.2 minimum.
func modernServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":8443",
		Handler: h,
		// ok: go.tls.version.min-version-below-tls12
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	}
}

// Safe: TLS 1.3 only.
func tls13Only() *tls.Config {
	cfg := &tls.Config{}
	// ok: go.tls.version.min-version-below-tls12
	cfg.MinVersion = tls.VersionTLS13
	return cfg
}

// Safe: MaxVersion pinned to 1.2 while MinVersion stays 1.2.
func pinned12() *tls.Config {
	// ok: go.tls.version.min-version-below-tls12
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS12}
}

const legacyTLS = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func legacyTLSConfig() {
	if legacyTLS {
		// ok: go.tls.version.min-version-below-tls12
		cfg := &tls.Config{MinVersion: tls.VersionTLS10}
		_ = cfg
	}
}

func main() {
	_ = newServer(nil)
	_ = legacyClientConfig()
	downgrade(&tls.Config{})
	_ = modernServer(nil)
	_ = tls13Only()
	_ = pinned12()
}
