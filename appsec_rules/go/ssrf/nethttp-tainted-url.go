package main

import (
	"strconv"
	"regexp"
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

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ruleid: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.ssrf.request.nethttp-tainted-url
		_, _ = http.Get(v)
	} else {
		// ruleid: go.ssrf.request.nethttp-tainted-url
		_, _ = http.Get(v)
	}
	if false {
		// ok: go.ssrf.request.nethttp-tainted-url
		_, _ = http.Get(v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.ssrf.request.nethttp-tainted-url
	_, _ = http.Get(strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
