// Package main: static asset service.
package main

import (
	"crypto/md5"
	"encoding/hex"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const assetDir = "/srv/app/public"

// assetEtag handles requests: serve a static asset with an ETag.
func assetEtag(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(assetDir, filepath.Base(r.URL.Path)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	sum := md5.Sum(data)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:])+`"`)
	w.Write(data)
}

func main() {
	http.HandleFunc("/assets/", assetEtag)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
