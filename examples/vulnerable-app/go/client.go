package main

import (
	"crypto/tls"
	"io"
	"net/http"
	"time"
)

const (
	legacyInventoryURL = "https://legacy-inventory.internal.example.com/export"
	partnerCatalogURL  = "https://catalog.partner.example.com/v2/items"
)

// newLegacyClient returns the client for the old inventory system, whose
// certificate expired and was never renewed.
func newLegacyClient() *http.Client {
	transport := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	return &http.Client{Transport: transport, Timeout: 30 * time.Second}
}

// newPartnerClient returns the client for the partner catalogue API, verifying
// certificates against the system roots.
func newPartnerClient() *http.Client {
	transport := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: transport, Timeout: 30 * time.Second}
}

func (s *server) syncLegacy(w http.ResponseWriter, r *http.Request) {
	proxy(w, s.legacy, legacyInventoryURL)
}

func (s *server) syncPartner(w http.ResponseWriter, r *http.Request) {
	proxy(w, s.partner, partnerCatalogURL)
}

func proxy(w http.ResponseWriter, client *http.Client, target string) {
	resp, err := client.Get(target)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}
