// Package main: password reset service.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	mrand "math/rand"
	"net/http"
	"strconv"
)

var pending = map[string]string{}
const debugOnly = false

// resetToken handles requests: create a password reset link.
func resetToken(w http.ResponseWriter, r *http.Request) {
	var token string
	if debugOnly {
		token = strconv.Itoa(mrand.Int())
	} else {
		raw := make([]byte, 32)
		if _, err := rand.Read(raw); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		token = hex.EncodeToString(raw)
	}
	pending[token] = r.FormValue("email")
	fmt.Fprint(w, "sent")
}

func main() {
	http.HandleFunc("/password/reset", resetToken)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
