// Package main: inventory sync with retry and backoff.
package main

import (
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"time"
)

const upstream = "https://inventory.example.com/api/items"

// fetchWithBackoff retries with exponential backoff and jitter to avoid thundering herds.
func fetchWithBackoff(target string) (*http.Response, error) {
	delay := 500 * time.Millisecond
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := http.Get(target)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		lastErr = err
		time.Sleep(delay/2 + time.Duration(rand.Int63n(int64(delay))))
		delay *= 2
	}
	return nil, lastErr
}

// retryClient handles requests: pull inventory from the upstream API.
func retryClient(w http.ResponseWriter, r *http.Request) {
	resp, err := fetchWithBackoff(upstream)
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	fmt.Fprint(w, resp.StatusCode)
}

func main() {
	http.HandleFunc("/inventory/sync", retryClient)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
