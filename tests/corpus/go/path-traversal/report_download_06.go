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

// downloadReport handles requests: return the contents of a generated report.
func downloadReport(w http.ResponseWriter, r *http.Request) {
	mode := r.FormValue("mode")
	filename := "summary.txt"
	if mode == "custom" {
		filename = r.FormValue("filename")
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
