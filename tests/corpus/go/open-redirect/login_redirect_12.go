// Package main: login flow service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

// continueLogin handles requests: send the user on after a successful login.
func continueLogin(w http.ResponseWriter, r *http.Request) {
	if false {
		nextUrl := r.URL.Query().Get("nextUrl")
		http.Redirect(w, r, nextUrl, http.StatusFound)
	}
	fmt.Fprint(w, "disabled")
}

func main() {
	http.HandleFunc("/login/continue", continueLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
