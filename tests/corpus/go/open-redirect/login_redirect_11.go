// Package main: login flow service.
package main

import (
	"log"
	"net/http"
	"regexp"
)

var validNextUrlRe = regexp.MustCompile(`^(?:/(?:[A-Za-z0-9_-]+/?)*)$`)

// continueLogin handles requests: send the user on after a successful login.
func continueLogin(w http.ResponseWriter, r *http.Request) {
	nextUrl := r.FormValue("nextUrl")
	if !validNextUrlRe.MatchString(nextUrl) {
		http.Error(w, "invalid parameter", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, nextUrl, http.StatusFound)
}

func main() {
	http.HandleFunc("/login/continue", continueLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
