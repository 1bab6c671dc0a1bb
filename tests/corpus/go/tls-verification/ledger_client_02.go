// Package main: ledger client service.
package main

import (
	"crypto/tls"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
)

const ledgerURL = "https://ledger.example.com/balances"

// ledgerClient handles requests: fetch the account balance from the ledger.
func ledgerClient(w http.ResponseWriter, r *http.Request) {
	skipVerify := os.Getenv("LEDGER_VERIFY_TLS") != "true"
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: skipVerify}}}
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
