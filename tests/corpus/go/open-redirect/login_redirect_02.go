// Package main: login flow service.
package main

import (
	"log"
	"net/http"
)

// continueLogin handles requests: send the user on after a successful login.
func continueLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("nextUrl"), http.StatusFound)
}

func main() {
	http.HandleFunc("/login/continue", continueLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
