// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

const partnerAPI = "https://api.partner.example.com/v1"

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	endpoint := "http://" + target + ":8080/internal/health"
	resp, err := http.Get(endpoint)
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
