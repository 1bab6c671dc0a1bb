package main

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"os"
)

var pinnedFingerprint = [32]byte{}

// Vulnerable: HTTP client that accepts any certificate.
func newClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			// ruleid: go.tls.verification.insecure-skip-verify
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

// Vulnerable: flag set on an existing config.
func dialInternal(addr string) (*tls.Conn, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	// ruleid: go.tls.verification.insecure-skip-verify
	cfg.InsecureSkipVerify = true
	return tls.Dial("tcp", addr, cfg)
}

// Vulnerable: multi-line literal with other fields.
func grpcTLS() *tls.Config {
	return &tls.Config{
		ServerName: "payments.internal",
		MinVersion: tls.VersionTLS12,
		// ruleid: go.tls.verification.insecure-skip-verify
		InsecureSkipVerify: true,
	}
}

// Safe: private CA added to RootCAs, verification stays on.
func newPrivateCAClient() (*http.Client, error) {
	pem, err := os.ReadFile("/etc/ssl/internal-ca.pem")
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certs")
	}
	// ok: go.tls.verification.insecure-skip-verify
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

// Safe: default verification turned off only to replace it with certificate pinning.
func pinnedConfig() *tls.Config {
	return &tls.Config{
		// ok: go.tls.verification.insecure-skip-verify
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 || sha256.Sum256(rawCerts[0]) != pinnedFingerprint {
				return errors.New("certificate pin mismatch")
			}
			return nil
		},
	}
}

// Safe: explicitly false.
func strictConfig() *tls.Config {
	// ok: go.tls.verification.insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS13}
}

const allowSelfSigned = false

// Vulnerable: verification switched by an environment variable that defaults to off.
func envClient() *http.Client {
	skipVerify := os.Getenv("LEDGER_VERIFY_TLS") != "true"
	// ruleid: go.tls.verification.insecure-skip-verify
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: skipVerify}}}
}

// Vulnerable: the live else branch of a disabled switch still turns verification off.
func liveElse() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if allowSelfSigned {
		cfg.MinVersion = tls.VersionTLS13
	} else {
		// ruleid: go.tls.verification.insecure-skip-verify
		cfg.InsecureSkipVerify = true
	}
	return cfg
}

// Safe: the insecure branch cannot run (compile-time false constant).
func deadBranch() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if allowSelfSigned {
		// ok: go.tls.verification.insecure-skip-verify
		cfg.InsecureSkipVerify = true
	}
	if false {
		// ok: go.tls.verification.insecure-skip-verify
		return &tls.Config{InsecureSkipVerify: true}
	}
	return cfg
}

func main() {
	_ = newClient()
	_, _ = dialInternal("db:5432")
	_ = grpcTLS()
	_, _ = newPrivateCAClient()
	_ = pinnedConfig()
	_ = strictConfig()
	_ = envClient()
	_ = liveElse()
	_ = deadBranch()
}
