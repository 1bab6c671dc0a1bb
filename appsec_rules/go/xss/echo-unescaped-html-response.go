package main

import (
	"fmt"
	"html"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/microcosm-cc/bluemonday"
)

var ugc = bluemonday.UGCPolicy()

type Profile struct {
	Bio      string `json:"bio"`
	Nickname string `json:"nickname"`
}

// Vulnerable: query parameter in c.HTML.
func greet(c echo.Context) error {
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	return c.HTML(http.StatusOK, "<h1>Hi "+c.QueryParam("name")+"</h1>")
}

// Vulnerable: bound profile rendered by a helper and sent with c.HTMLBlob.
func card(p Profile) []byte {
	return []byte(fmt.Sprintf("<div class=card><h2>%s</h2><p>%s</p></div>", p.Nickname, p.Bio))
}

func preview(c echo.Context) error {
	var p Profile
	if err := c.Bind(&p); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	return c.HTMLBlob(http.StatusOK, card(p))
}

// Vulnerable: path parameter written to c.Response().
func tag(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	_, err := fmt.Fprintf(c.Response(), "<span class=tag>%s</span>", c.Param("tag"))
	return err
}

// Vulnerable: c.Blob declared as HTML with a form value.
func snippet(c echo.Context) error {
	body := []byte("<pre>" + c.FormValue("code") + "</pre>")
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	return c.Blob(http.StatusOK, "text/html", body)
}

// Safe: escaped.
func greetEscaped(c echo.Context) error {
	// ok: go.xss.reflected.echo-unescaped-html-response
	return c.HTML(http.StatusOK, "<h1>Hi "+html.EscapeString(c.QueryParam("name"))+"</h1>")
}

// Safe: user HTML sanitised with bluemonday.
func bio(c echo.Context) error {
	clean := ugc.Sanitize(c.FormValue("bio"))
	// ok: go.xss.reflected.echo-unescaped-html-response
	return c.HTML(http.StatusOK, "<div class=bio>"+clean+"</div>")
}

// Safe: text/plain and JSON responses.
func raw(c echo.Context) error {
	if c.QueryParam("format") == "json" {
		return c.JSON(http.StatusOK, map[string]string{"name": c.QueryParam("name")})
	}
	// ok: go.xss.reflected.echo-unescaped-html-response
	return c.String(http.StatusOK, "Hi "+c.QueryParam("name"))
}

func main() {
	e := echo.New()
	e.GET("/greet", greet)
	e.POST("/preview", preview)
	e.GET("/tag/:tag", tag)
	e.POST("/snippet", snippet)
	e.GET("/greet2", greetEscaped)
	e.POST("/bio", bio)
	e.GET("/raw", raw)
	e.Logger.Fatal(e.Start(":8080"))
}
