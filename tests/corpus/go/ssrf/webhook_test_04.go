// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"strings"
)

const partnerAPI = "https://api.partner.example.com/v1"

// sanitizeTarget: sanitise the target before it is used.
func sanitizeTarget(value string) string {
	return strings.TrimSpace(value)
}

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	target := sanitizeTarget(r.FormValue("target"))
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
