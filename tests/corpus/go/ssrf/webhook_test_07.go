// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
)

const partnerAPI = "https://api.partner.example.com/v1"
var allowedTargets = map[string]bool{"https://status.example.com/health": true, "https://api.example.com/v1/ping": true, "https://hooks.example.com/test": true}

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	if !allowedTargets[target] {
		http.Error(w, "invalid parameter", http.StatusBadRequest)
		return
	}
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
