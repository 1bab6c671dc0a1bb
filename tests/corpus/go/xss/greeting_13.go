// Package main: landing page service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"regexp"
)

var validNameRe = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z ]{0,39})$`)

// greet handles requests: render a personalised greeting.
func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !validNameRe.MatchString(name) {
		http.Error(w, "invalid parameter", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func main() {
	http.HandleFunc("/greet", greet)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
