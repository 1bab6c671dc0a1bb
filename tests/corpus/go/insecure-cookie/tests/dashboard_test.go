// Package main: tests for the dashboard handler.
package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestDashboardReadsSessionCookie(t *testing.T) {
	req := httptest.NewRequest("GET", "/dashboard", nil)
	req.AddCookie(&http.Cookie{Name: "session_id", Value: "test-session-token"})
	rec := httptest.NewRecorder()
	dashboard(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
}
