package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

var allowedHosts = map[string]bool{"app.example.com": true, "docs.example.com": true}

var destinations = map[string]string{
	"home":     "/",
	"settings": "/account/settings",
}

// Vulnerable: ?next= redirected to without validation.
func login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/"
	}
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

// Vulnerable: form value sent in a Location header through a helper.
func withState(returnTo, state string) string {
	return returnTo + "#state=" + state
}

func logout(w http.ResponseWriter, r *http.Request) {
	target := withState(r.PostFormValue("return_to"), "logged-out")
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusSeeOther)
}

// Vulnerable: scheme-relative check missing; Referer header trusted.
func back(w http.ResponseWriter, r *http.Request) {
	ref := r.Referer()
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, fmt.Sprintf("%s?from=logout", ref), http.StatusFound)
}

// Safe: only local paths (leading "/" but not "//") are accepted.
func loginChecked(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

// Safe: parsed URL whose host is checked against an allow-list.
func external(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("url"))
	if err != nil || !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// Safe: named destination looked up in a fixed map.
func goTo(w http.ResponseWriter, r *http.Request) {
	dest, ok := destinations[r.URL.Query().Get("to")]
	if !ok {
		dest = "/"
	}
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, dest, http.StatusFound)
}

// Safe: user value only in the path of a literal local prefix.
func profile(w http.ResponseWriter, r *http.Request) {
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, "/users/"+url.PathEscape(r.URL.Query().Get("name")), http.StatusMovedPermanently)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/logout", logout)
	http.HandleFunc("/back", back)
	http.HandleFunc("/login2", loginChecked)
	http.HandleFunc("/external", external)
	http.HandleFunc("/go", goTo)
	http.HandleFunc("/profile", profile)
	_ = http.ListenAndServe(":8080", nil)
}
