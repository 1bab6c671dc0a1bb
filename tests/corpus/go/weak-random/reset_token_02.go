// Package main: password reset service.
package main

import (
	"fmt"
	"log"
	"math/rand"
	"net/http"
)

const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
var pending = map[string]string{}

// resetToken handles requests: create a password reset link.
func resetToken(w http.ResponseWriter, r *http.Request) {
	token := make([]byte, 32)
	for i := range token {
		token[i] = alphabet[rand.Intn(len(alphabet))]
	}
	pending[string(token)] = r.FormValue("email")
	fmt.Fprint(w, "sent")
}

func main() {
	http.HandleFunc("/password/reset", resetToken)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
