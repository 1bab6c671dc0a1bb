package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
)

// Vulnerable: password "hashed" with unsalted MD5.
func hashPassword(password string) string {
	// ruleid: go.crypto.weak-hash.md5-sha1-usage
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

// Vulnerable: file integrity check with SHA-1.
func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// ruleid: go.crypto.weak-hash.md5-sha1-usage
	h := sha1.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Vulnerable: signature over a token built with SHA-1 of secret || data.
func signToken(secret, data string) string {
	// ruleid: go.crypto.weak-hash.md5-sha1-usage
	return fmt.Sprintf("%x", sha1.Sum([]byte(secret+data)))
}

// Vulnerable: MD5 streaming hash for a download checksum.
func checksum(data []byte) []byte {
	// ruleid: go.crypto.weak-hash.md5-sha1-usage
	h := md5.New()
	h.Write(data)
	return h.Sum(nil)
}

// Safe: SHA-256.
func fileDigest256(data []byte) string {
	// ok: go.crypto.weak-hash.md5-sha1-usage
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Safe: HMAC-SHA256 for message authentication.
func mac(key, msg []byte) []byte {
	// ok: go.crypto.weak-hash.md5-sha1-usage
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

// Safe: sha256 streaming hash; "md5" only appears in a field name.
type Upload struct {
	md5Header string
}

func streamDigest(u Upload, r io.Reader) (string, error) {
	// ok: go.crypto.weak-hash.md5-sha1-usage
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)) + u.md5Header, nil
}

const legacyMD5 = false

// Safe: MD5 only names the response body for HTTP caching (ETag).
func assetEtag(w http.ResponseWriter, data []byte) {
	// ok: go.crypto.weak-hash.md5-sha1-usage
	sum := md5.Sum(data)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:])+`"`)
	w.Write(data)
}

// Vulnerable: the digest is also stored as a password hash, not only used as an ETag.
func signupEtag(w http.ResponseWriter, password string) string {
	// ruleid: go.crypto.weak-hash.md5-sha1-usage
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

// Safe: the legacy MD5 branch cannot run; the live else branch still is reported.
func legacyHash(password string) string {
	if legacyMD5 {
		// ok: go.crypto.weak-hash.md5-sha1-usage
		sum := md5.Sum([]byte(password))
		return hex.EncodeToString(sum[:])
	} else {
		// ruleid: go.crypto.weak-hash.md5-sha1-usage
		sum := sha1.Sum([]byte(password))
		return hex.EncodeToString(sum[:])
	}
}

func main() {
	fmt.Println(hashPassword("x"), signToken("a", "b"), checksum(nil), fileDigest256(nil), mac(nil, nil))
	_, _ = fileDigest("/etc/hosts")
	_, _ = streamDigest(Upload{}, os.Stdin)
	assetEtag(nil, nil)
	_ = signupEtag(nil, "")
	_ = legacyHash("")
}
