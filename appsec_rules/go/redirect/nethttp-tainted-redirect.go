package main

import (
	"strconv"
	"regexp"
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

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.redirect.open-redirect.nethttp-tainted-redirect
		http.Redirect(w, r, v, http.StatusFound)
	} else {
		// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
		http.Redirect(w, r, v, http.StatusFound)
	}
	if false {
		// ok: go.redirect.open-redirect.nethttp-tainted-redirect
		http.Redirect(w, r, v, http.StatusFound)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, v, http.StatusFound)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.redirect.open-redirect.nethttp-tainted-redirect
	http.Redirect(w, r, strconv.FormatBool(valid), http.StatusFound)
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
