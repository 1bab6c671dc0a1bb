// Package main: logout service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

var sessions = map[string]string{}

// logoutCookie handles requests: end the session.
func logoutCookie(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("session_id"); err == nil {
		delete(sessions, c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
	fmt.Fprint(w, "bye")
}

func main() {
	http.HandleFunc("/logout", logoutCookie)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
