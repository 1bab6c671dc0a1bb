// Package main: landing page service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

// greet handles requests: render a personalised greeting.
func greet(w http.ResponseWriter, r *http.Request) {
	name := os.Getenv("APP_DEFAULT_NAME")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func main() {
	http.HandleFunc("/greet", greet)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
