// Package main: login service.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
)

var sessions = map[string]string{}

// newToken returns a random session token.
func newToken() string {
	raw := make([]byte, 32)
	rand.Read(raw)
	return hex.EncodeToString(raw)
}

// loginCookie handles requests: authenticate and start a session.
func loginCookie(w http.ResponseWriter, r *http.Request) {
	token := newToken()
	sessions[token] = r.FormValue("username")
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	fmt.Fprint(w, "welcome")
}

func main() {
	http.HandleFunc("/login", loginCookie)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
