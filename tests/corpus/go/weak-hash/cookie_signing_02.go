// Package main: cookie signing setup.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"strings"
)

var signingKey = md5.Sum([]byte("acme-cookie-secret-v1"))

// validSignature checks the "value.signature" cookie format against the signing key.
func validSignature(cookie string, key []byte) bool {
	value, sig, ok := strings.Cut(cookie, ".")
	if !ok {
		return false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(value))
	return hmac.Equal([]byte(sig), []byte(hex.EncodeToString(mac.Sum(nil))))
}

// cookieSigning handles requests: return the signed-in user.
func cookieSigning(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("user")
	if err != nil || !validSignature(c.Value, signingKey[:]) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	fmt.Fprint(w, c.Value)
}

func main() {
	http.HandleFunc("/whoami", cookieSigning)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
