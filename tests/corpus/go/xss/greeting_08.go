// Package main: landing page service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

// defaultName: return the configured default name.
func defaultName() string {
	return "Team"
}

// greet handles requests: render a personalised greeting.
func greet(w http.ResponseWriter, r *http.Request) {
	name := defaultName()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func main() {
	http.HandleFunc("/greet", greet)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
