package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

type WebhookConfig struct {
	URL     string `json:"url"`
	Payload string `json:"payload"`
}

// Vulnerable: URL taken from the query string and fetched.
func preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go.ssrf.request.nethttp-tainted-url
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

// Vulnerable: JSON body URL used in http.NewRequestWithContext.
func testWebhook(w http.ResponseWriter, r *http.Request) {
	var cfg WebhookConfig
	if err := json.NewDecoder(r.Body).Decode(&cfg); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	// ruleid: go.ssrf.request.nethttp-tainted-url
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cfg.URL, nil)
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "webhook failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Vulnerable: host from a header formatted into the URL via a helper, fetched with a client.
func serviceURL(host string) string {
	return fmt.Sprintf("http://%s/internal/status", host)
}

func status(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.ssrf.request.nethttp-tainted-url
	resp, err := client.Get(serviceURL(r.Header.Get("X-Backend")))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Vulnerable: raw TCP connection to a user-supplied address.
func probe(w http.ResponseWriter, r *http.Request) {
	addr := r.FormValue("host") + ":" + r.FormValue("port")
	// ruleid: go.ssrf.request.nethttp-tainted-url
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		fmt.Fprintln(w, "closed")
		return
	}
	conn.Close()
	fmt.Fprintln(w, "open")
}

// Safe: scheme and host fixed; the user value is an escaped path segment.
func avatar(w http.ResponseWriter, r *http.Request) {
	// ok: go.ssrf.request.nethttp-tainted-url
	resp, err := http.Get("https://images.example.com/avatars/" + url.PathEscape(r.URL.Query().Get("user")))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

// Safe: parsed URL whose host is checked against an allow-list.
func proxyImage(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("src"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.nethttp-tainted-url
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

// Safe: fixed URL; request data only in the body.
func forward(w http.ResponseWriter, r *http.Request) {
	// ok: go.ssrf.request.nethttp-tainted-url
	resp, err := http.Post("https://audit.internal.example.com/events", "application/json", r.Body)
	if err != nil {
		http.Error(w, "audit failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func main() {
	http.HandleFunc("/preview", preview)
	http.HandleFunc("/webhook/test", testWebhook)
	http.HandleFunc("/status", status)
	http.HandleFunc("/probe", probe)
	http.HandleFunc("/avatar", avatar)
	http.HandleFunc("/image", proxyImage)
	http.HandleFunc("/forward", forward)
	_ = http.ListenAndServe(":8080", nil)
}
