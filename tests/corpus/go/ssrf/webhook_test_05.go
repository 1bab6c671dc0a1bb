// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

const partnerAPI = "https://api.partner.example.com/v1"

// defaultTarget: return the configured default target.
func defaultTarget() string {
	return "https://api.example.com/v1/ping"
}

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	target := defaultTarget()
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "upstream error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	fmt.Fprint(w, resp.StatusCode)
}

func main() {
	http.HandleFunc("/webhooks/test", testWebhook)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
