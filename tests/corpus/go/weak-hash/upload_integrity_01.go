// Package main: upload service.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net/http"
)

// uploadIntegrity handles requests: store an upload and return its digest.
func uploadIntegrity(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	sum := sha256.Sum256(data)
	fmt.Fprint(w, hex.EncodeToString(sum[:]))
}

func main() {
	http.HandleFunc("/uploads", uploadIntegrity)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
