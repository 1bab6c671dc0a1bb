// Package main: service health probes.
package main

import (
	"crypto/tls"
	"fmt"
	"log"
	"net/http"
	"time"
)

const billingHealth = "https://billing.internal.example.com/health"

// newProbeClient builds the HTTP client used for health probes.
func newProbeClient() *http.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return &http.Client{Transport: transport, Timeout: 5 * time.Second}
}

// statusProbe handles requests: probe the billing service health endpoint.
func statusProbe(w http.ResponseWriter, r *http.Request) {
	resp, err := newProbeClient().Get(billingHealth)
	if err != nil {
		http.Error(w, "down", http.StatusServiceUnavailable)
		return
	}
	defer resp.Body.Close()
	fmt.Fprint(w, resp.StatusCode)
}

func main() {
	http.HandleFunc("/status/probe", statusProbe)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
