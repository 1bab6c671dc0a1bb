package main

import (
	"bytes"
	"net/http"
	"os"
	"text/template"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var pageTmpl = template.Must(template.New("page").Parse(`<html><body><h1>{{.Title}}</h1><p>{{.Body}}</p></body></html>`))

var layouts = template.Must(template.ParseGlob("templates/*.html"))

var mailTmpl = template.Must(template.New("mail").Parse("Hello {{.Name}},\nyour order {{.Order}} has shipped.\n"))

type Page struct {
	Title string
	Body  string
}

// Vulnerable: text/template rendering HTML straight into the ResponseWriter.
func article(w http.ResponseWriter, r *http.Request) {
	p := Page{Title: r.URL.Query().Get("title"), Body: "..."}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go.xss.template.text-template-html-response
	if err := pageTmpl.Execute(w, p); err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
	}
}

// Vulnerable: ExecuteTemplate into the ResponseWriter.
func dashboard(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.xss.template.text-template-html-response
	layouts.ExecuteTemplate(w, "dashboard.html", map[string]string{"User": r.FormValue("user")})
}

// Vulnerable: gin handler executing a text/template into c.Writer.
func ginPage(c *gin.Context) {
	// ruleid: go.xss.template.text-template-html-response
	pageTmpl.Execute(c.Writer, Page{Title: c.Query("title")})
}

// Vulnerable: echo handler executing a text/template into c.Response().
func echoPage(c echo.Context) error {
	// ruleid: go.xss.template.text-template-html-response
	return pageTmpl.Execute(c.Response(), Page{Title: c.QueryParam("title")})
}

// Safe: plain-text e-mail body rendered into a buffer.
func mailBody(name, order string) (string, error) {
	var buf bytes.Buffer
	// ok: go.xss.template.text-template-html-response
	if err := mailTmpl.Execute(&buf, map[string]string{"Name": name, "Order": order}); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// Safe: generated config written to stdout.
func dumpConfig() {
	// ok: go.xss.template.text-template-html-response
	mailTmpl.Execute(os.Stdout, map[string]string{"Name": "ops", "Order": "n/a"})
}

// Safe: text/template output declared as text/plain.
func receipt(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: go.xss.template.text-template-html-response
	mailTmpl.Execute(w, map[string]string{"Name": r.FormValue("name"), "Order": r.FormValue("order")})
}

func main() {
	http.HandleFunc("/article", article)
	http.HandleFunc("/dashboard", dashboard)
	http.HandleFunc("/receipt", receipt)
	g := gin.Default()
	g.GET("/page", ginPage)
	e := echo.New()
	e.GET("/page", echoPage)
	dumpConfig()
	_, _ = mailBody("a", "b")
	go g.Run(":8081")
	go e.Start(":8082")
	_ = http.ListenAndServe(":8080", nil)
}
