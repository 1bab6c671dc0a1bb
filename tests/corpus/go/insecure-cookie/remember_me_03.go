// Package main: remember-me service.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
)

const legacyCookie = false

// rememberMe handles requests: set the long-lived remember-me cookie.
func rememberMe(w http.ResponseWriter, r *http.Request) {
	raw := make([]byte, 32)
	rand.Read(raw)
	token := hex.EncodeToString(raw)
	if legacyCookie {
		http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: token})
	} else {
		http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: token, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
	fmt.Fprint(w, "ok")
}

func main() {
	http.HandleFunc("/remember", rememberMe)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
