// Package main: anonymous session service.
package main

import (
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"strconv"
	"time"
)

// sessionIds handles requests: start an anonymous session.
func sessionIds(w http.ResponseWriter, r *http.Request) {
	sessionID := strconv.FormatUint(rand.Uint64(), 16)
	http.SetCookie(w, &http.Cookie{Name: "anon", Value: sessionID, Secure: true, HttpOnly: true})
	fmt.Fprint(w, sessionID)
}

func main() {
	rand.Seed(time.Now().UnixNano())
	http.HandleFunc("/sessions", sessionIds)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
