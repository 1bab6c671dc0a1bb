// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

const partnerAPI = "https://api.partner.example.com/v1"
const debugOnly = false

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	if debugOnly {
		target := r.URL.Query().Get("target")
		resp, err := http.Get(target)
		if err != nil {
			http.Error(w, "upstream error", http.StatusInternalServerError)
			return
		}
		defer resp.Body.Close()
		fmt.Fprint(w, resp.StatusCode)
		return
	}
	fmt.Fprint(w, "disabled")
}

func main() {
	http.HandleFunc("/webhooks/test", testWebhook)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
