// Package main: report download service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
)

const reportDir = "/srv/app/reports"
var validFilenameRe = regexp.MustCompile(`^(?:[A-Za-z0-9_-]{1,64}\.txt)$`)

// downloadReport handles requests: return the contents of a generated report.
func downloadReport(w http.ResponseWriter, r *http.Request) {
	filename := r.FormValue("filename")
	if !validFilenameRe.MatchString(filename) {
		log.Printf("unexpected filename value: %q", filename)
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
