// Package main: partner integration service.
package main

import (
	"crypto/tls"
	"io"
	"log"
	"net/http"
)

const partnerURL = "https://partner.example.com/prices.json"

// partnerSync handles requests: pull the partner price list.
func partnerSync(w http.ResponseWriter, r *http.Request) {
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS10}}}
	resp, err := client.Get(partnerURL)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/partner/sync", partnerSync)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
