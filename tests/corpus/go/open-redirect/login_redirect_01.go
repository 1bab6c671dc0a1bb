// Package main: login flow service.
package main

import (
	"log"
	"net/http"
)

var nextUrlByKey = map[string]string{
	"default": "/dashboard",
	"secondary": "/profile",
	"archive": "/settings",
}

// continueLogin handles requests: send the user on after a successful login.
func continueLogin(w http.ResponseWriter, r *http.Request) {
	nextUrl, ok := nextUrlByKey[r.FormValue("key")]
	if !ok {
		nextUrl = "/dashboard"
	}
	http.Redirect(w, r, nextUrl, http.StatusFound)
}

func main() {
	http.HandleFunc("/login/continue", continueLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
