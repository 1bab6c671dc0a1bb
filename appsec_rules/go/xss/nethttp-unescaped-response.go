package main

import (
	"strconv"
	"regexp"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
)

var greetTmpl = template.Must(template.New("greet").Parse(`<h1>Hello, {{.}}</h1>`))

type Comment struct {
	Author string `json:"author"`
	Body   string `json:"body"`
}

// Vulnerable: query parameter echoed into an HTML page with fmt.Fprintf.
func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<html><body><h1>Hello, %s!</h1></body></html>", name)
}

// Vulnerable: search term written with io.WriteString (content type sniffed as HTML).
func searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	msg := "<p>No results for <b>" + q + "</b></p>"
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	io.WriteString(w, msg)
}

// Vulnerable: JSON body rendered into HTML by a helper and written with w.Write.
func renderComment(c Comment) string {
	return fmt.Sprintf("<div class=comment><b>%s</b>: %s</div>", c.Author, c.Body)
}

func postComment(w http.ResponseWriter, r *http.Request) {
	var c Comment
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	w.Write([]byte(renderComment(c)))
}

// Vulnerable: request path reflected in a 404 page.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprint(w, "<h2>Page "+r.URL.Path+" not found</h2>")
}

// Safe: value escaped with html.EscapeString.
func helloEscaped(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.URL.Query().Get("name"))
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

// Safe: html/template escapes the value.
func helloTemplate(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.reflected.nethttp-unescaped-response
	greetTmpl.Execute(w, r.URL.Query().Get("name"))
}

// Safe: explicit plain-text content type.
func echoText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "you sent: %s\n", r.FormValue("msg"))
}

// Safe: JSON response.
func echoJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// ok: go.xss.reflected.nethttp-unescaped-response
	json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q")})
}

func main() {
	http.HandleFunc("/hello", hello)
	http.HandleFunc("/search", searchPage)
	http.HandleFunc("/comment", postComment)
	http.HandleFunc("/hello2", helloEscaped)
	http.HandleFunc("/hello3", helloTemplate)
	http.HandleFunc("/echo", echoText)
	http.HandleFunc("/echo.json", echoJSON)
	http.HandleFunc("/", notFound)
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
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.xss.reflected.nethttp-unescaped-response
		fmt.Fprintf(w, "<p>%s</p>", v)
	} else {
		// ruleid: go.xss.reflected.nethttp-unescaped-response
		fmt.Fprintf(w, "<p>%s</p>", v)
	}
	if false {
		// ok: go.xss.reflected.nethttp-unescaped-response
		fmt.Fprintf(w, "<p>%s</p>", v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.xss.reflected.nethttp-unescaped-response
	fmt.Fprintf(w, "<p>%s</p>", strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
