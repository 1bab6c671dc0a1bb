// Package main: password reset service.
package main

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
)

var resetTokens = map[string]string{}

// tokenFingerprint returns the value stored instead of the raw reset token.
func tokenFingerprint(token string) string {
	h := sha1.New()
	h.Write([]byte(token))
	return hex.EncodeToString(h.Sum(nil))
}

// passwordReset handles requests: issue a password reset token.
func passwordReset(w http.ResponseWriter, r *http.Request) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resetTokens[tokenFingerprint(hex.EncodeToString(raw))] = r.FormValue("email")
	fmt.Fprint(w, "sent")
}

func main() {
	http.HandleFunc("/password/reset", passwordReset)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
