// Package main: team invitation service.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
)

var invites = map[string]string{}

// inviteCodes handles requests: create an invitation code.
func inviteCodes(w http.ResponseWriter, r *http.Request) {
	raw := make([]byte, 9)
	if _, err := rand.Read(raw); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	code := base64.RawURLEncoding.EncodeToString(raw)
	invites[code] = r.FormValue("team")
	fmt.Fprint(w, code)
}

func main() {
	http.HandleFunc("/invites", inviteCodes)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
