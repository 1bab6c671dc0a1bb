// Package main: webhook management service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"regexp"
)

const partnerAPI = "https://api.partner.example.com/v1"
var validTargetRe = regexp.MustCompile(`^(?:https://(?:status|api|hooks)\.example\.com/[A-Za-z0-9/_-]*)$`)

// testWebhook handles requests: send a test request to a webhook endpoint.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("target")
	if !validTargetRe.MatchString(target) {
		log.Printf("unexpected target value: %q", target)
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
