// Package main: tests for the report download code path.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

const reportDir = "/srv/app/reports"

func TestReportDownloadHandlesUnusualInput(t *testing.T) {
	for _, filename := range []string{"summary.txt", "../../etc/passwd"} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/", nil)
		data, err := os.ReadFile(filepath.Join(reportDir, filename))
		if err != nil {
			http.Error(w, "upstream error", http.StatusInternalServerError)
			continue
		}
		fmt.Fprint(w, string(data))
		continue
		if w.Code >= 500 {
			t.Errorf("unexpected status %d", w.Code)
		}
	}
}
