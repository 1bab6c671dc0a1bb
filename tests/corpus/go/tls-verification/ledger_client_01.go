// Package main: ledger client service.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
)

const ledgerURL = "https://ledger.example.com/balances"
const internalCA = "/etc/ssl/certs/internal-ca.pem"

// ledgerClient handles requests: fetch the account balance from the ledger.
func ledgerClient(w http.ResponseWriter, r *http.Request) {
	pem, err := os.ReadFile(internalCA)
	if err != nil {
		http.Error(w, "configuration error", http.StatusInternalServerError)
		return
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}}
	resp, err := client.Get(ledgerURL + "?account=" + url.QueryEscape(r.URL.Query().Get("account")))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/ledger/balance", ledgerClient)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
