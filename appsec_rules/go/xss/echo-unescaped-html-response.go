package main

import (
	"strconv"
	"regexp"
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

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(c echo.Context, v string) error {
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

func fixtureHelperHandler(c echo.Context) error {
	return fixtureHelper(c, c.QueryParam("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c echo.Context, v string) error {
	// ok: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

func fixtureConstHandler(c echo.Context) error {
	return fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c echo.Context) error {
	v := c.QueryParam("v")
	if fixtureDisabled {
		// ok: go.xss.reflected.echo-unescaped-html-response
		_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	} else {
		// ruleid: go.xss.reflected.echo-unescaped-html-response
		_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	}
	if false {
		// ok: go.xss.reflected.echo-unescaped-html-response
		_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	}
	return nil
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ok: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureLooseRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureAllowed[v] {
		return echo.ErrBadRequest
	}
	// ok: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+v+"</p>")
	return nil
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c echo.Context) error {
	valid := isFixtureAllowed(c.QueryParam("v"))
	// ok: go.xss.reflected.echo-unescaped-html-response
	_ = c.HTML(http.StatusOK, "<p>"+strconv.FormatBool(valid)+"</p>")
	return nil
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
