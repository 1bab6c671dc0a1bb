// Package main: remember-me service.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
)

// rememberCookie builds the remember-me cookie.
func rememberCookie(token string) *http.Cookie {
	return &http.Cookie{Name: "remember_token", Value: token, MaxAge: 30 * 24 * 3600, Secure: true, HttpOnly: false}
}

// rememberMe handles requests: set the long-lived remember-me cookie.
func rememberMe(w http.ResponseWriter, r *http.Request) {
	raw := make([]byte, 32)
	rand.Read(raw)
	http.SetCookie(w, rememberCookie(hex.EncodeToString(raw)))
	fmt.Fprint(w, "ok")
}

func main() {
	http.HandleFunc("/remember", rememberMe)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
