package main

import (
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
