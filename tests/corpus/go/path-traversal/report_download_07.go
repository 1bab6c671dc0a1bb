// Package main: report download service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const reportDir = "/srv/app/reports"
var filenameByKey = map[string]string{
	"default": "summary.txt",
	"secondary": "weekly.txt",
	"archive": "monthly.txt",
}

// downloadReport handles requests: return the contents of a generated report.
func downloadReport(w http.ResponseWriter, r *http.Request) {
	filename, ok := filenameByKey[r.URL.Query().Get("key")]
	if !ok {
		filename = "summary.txt"
	}
	data, err := os.ReadFile(filepath.Join(reportDir, filename))
	if err != nil {
		http.Error(w, "upstream error", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, string(data))
}

func main() {
	http.HandleFunc("/reports/download", downloadReport)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
