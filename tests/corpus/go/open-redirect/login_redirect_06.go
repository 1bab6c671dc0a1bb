// Package main: login flow service.
package main

import (
	"log"
	"net/http"
)

// continueLogin handles requests: send the user on after a successful login.
func continueLogin(w http.ResponseWriter, r *http.Request) {
	nextUrl := "/profile"
	http.Redirect(w, r, nextUrl, http.StatusFound)
}

func main() {
	http.HandleFunc("/login/continue", continueLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
