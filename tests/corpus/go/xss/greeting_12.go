// Package main: landing page service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

// greet handles requests: render a personalised greeting.
func greet(w http.ResponseWriter, r *http.Request) {
	mode := r.FormValue("mode")
	name := "Guest"
	if mode == "archive" {
		name = "Visitor"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func main() {
	http.HandleFunc("/greet", greet)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
