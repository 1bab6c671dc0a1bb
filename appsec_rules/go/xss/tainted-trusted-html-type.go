package main

import (
	"strconv"
	"regexp"
	"html"
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/microcosm-cc/bluemonday"
	"github.com/russross/blackfriday/v2"
)

var postTmpl = template.Must(template.New("post").Parse(`<article>{{.Content}}</article><a href="{{.Link}}">more</a>`))

var policy = bluemonday.UGCPolicy()

type Post struct {
	Content template.HTML
	Link    template.URL
}

// Vulnerable: query parameter marked as trusted HTML.
func post(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.xss.template.tainted-trusted-html-type
	data := Post{Content: template.HTML(r.URL.Query().Get("content"))}
	postTmpl.Execute(w, data)
}

// Vulnerable: markdown rendered from a gin form value, output trusted without sanitising.
func markdown(c *gin.Context) {
	rendered := blackfriday.Run([]byte(c.PostForm("markdown")))
	// ruleid: go.xss.template.tainted-trusted-html-type
	c.HTML(http.StatusOK, "post.tmpl", gin.H{"Content": template.HTML(rendered)})
}

// Vulnerable: echo query parameter trusted as a URL (javascript: links pass).
func link(c echo.Context) error {
	next := c.QueryParam("next")
	// ruleid: go.xss.template.tainted-trusted-html-type
	p := Post{Link: template.URL(next)}
	return postTmpl.Execute(c.Response(), p)
}

// Vulnerable: header value marked as trusted JavaScript via a helper.
func jsConfig(tenant string) string {
	return "window.TENANT = '" + tenant + "';"
}

func config(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.xss.template.tainted-trusted-html-type
	script := template.JS(jsConfig(r.Header.Get("X-Tenant")))
	postTmpl.Execute(w, map[string]interface{}{"Content": script})
}

// Safe: plain string, html/template escapes it.
func postEscaped(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.template.tainted-trusted-html-type
	postTmpl.Execute(w, map[string]string{"Content": r.URL.Query().Get("content")})
}

// Safe: markdown output sanitised with bluemonday before it is trusted.
func markdownSafe(c *gin.Context) {
	rendered := blackfriday.Run([]byte(c.PostForm("markdown")))
	clean := policy.SanitizeBytes(rendered)
	// ok: go.xss.template.tainted-trusted-html-type
	c.HTML(http.StatusOK, "post.tmpl", gin.H{"Content": template.HTML(clean)})
}

// Safe: value escaped before being wrapped.
func quote(c echo.Context) error {
	// ok: go.xss.template.tainted-trusted-html-type
	q := template.HTML("<blockquote>" + html.EscapeString(c.FormValue("quote")) + "</blockquote>")
	return postTmpl.Execute(c.Response(), Post{Content: q})
}

// Safe: constant markup.
func banner(w http.ResponseWriter, r *http.Request) {
	// ok: go.xss.template.tainted-trusted-html-type
	postTmpl.Execute(w, Post{Content: template.HTML("<strong>Maintenance tonight</strong>")})
}

func main() {
	http.HandleFunc("/post", post)
	http.HandleFunc("/config", config)
	http.HandleFunc("/post2", postEscaped)
	http.HandleFunc("/banner", banner)
	g := gin.Default()
	g.POST("/md", markdown)
	g.POST("/md2", markdownSafe)
	e := echo.New()
	e.GET("/link", link)
	e.POST("/quote", quote)
	go g.Run(":8081")
	go e.Start(":8082")
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
	// ruleid: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.xss.template.tainted-trusted-html-type
		_ = template.HTML(v)
	} else {
		// ruleid: go.xss.template.tainted-trusted-html-type
		_ = template.HTML(v)
	}
	if false {
		// ok: go.xss.template.tainted-trusted-html-type
		_ = template.HTML(v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.xss.template.tainted-trusted-html-type
	_ = template.HTML(strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
