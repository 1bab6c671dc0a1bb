package main

import (
	"strconv"
	"regexp"
	"fmt"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

var languages = map[string]string{"en": "/en/", "de": "/de/", "fr": "/fr/"}

// Vulnerable: query parameter redirect.
func signin(c echo.Context) error {
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	return c.Redirect(http.StatusFound, c.QueryParam("continue"))
}

// Vulnerable: header value formatted into the Location header.
func bounce(c echo.Context) error {
	host := c.Request().Header.Get("X-Forwarded-Host")
	loc := fmt.Sprintf("https://%s/welcome", host)
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	c.Response().Header().Set("Location", loc)
	return c.NoContent(http.StatusFound)
}

// Vulnerable: form value flows through a helper.
func withTracking(dest string) string {
	return dest + "?utm_source=newsletter"
}

func click(c echo.Context) error {
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	return c.Redirect(http.StatusFound, withTracking(c.FormValue("dest")))
}

// Safe: allow-list lookup.
func language(c echo.Context) error {
	dest, ok := languages[c.Param("lang")]
	if !ok {
		dest = "/en/"
	}
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	return c.Redirect(http.StatusFound, dest)
}

// Safe: relative URL enforced by checking u.IsAbs and u.Host.
func signinChecked(c echo.Context) error {
	u, err := url.Parse(c.QueryParam("continue"))
	if err != nil || u.IsAbs() || u.Host != "" {
		return c.Redirect(http.StatusFound, "/")
	}
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	return c.Redirect(http.StatusFound, u.String())
}

// Safe: literal local path prefix with an escaped user value.
func search(c echo.Context) error {
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	return c.Redirect(http.StatusFound, "/search?q="+url.QueryEscape(c.FormValue("q")))
}

func main() {
	e := echo.New()
	e.GET("/signin", signin)
	e.GET("/bounce", bounce)
	e.POST("/click", click)
	e.GET("/lang/:lang", language)
	e.GET("/signin2", signinChecked)
	e.POST("/search", search)
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
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

func fixtureHelperHandler(c echo.Context) error {
	return fixtureHelper(c, c.QueryParam("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c echo.Context, v string) error {
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

func fixtureConstHandler(c echo.Context) error {
	return fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c echo.Context) error {
	v := c.QueryParam("v")
	if fixtureDisabled {
		// ok: go.redirect.open-redirect.echo-tainted-redirect
		_ = c.Redirect(http.StatusFound, v)
	} else {
		// ruleid: go.redirect.open-redirect.echo-tainted-redirect
		_ = c.Redirect(http.StatusFound, v)
	}
	if false {
		// ok: go.redirect.open-redirect.echo-tainted-redirect
		_ = c.Redirect(http.StatusFound, v)
	}
	return nil
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureLooseRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureAllowed[v] {
		return echo.ErrBadRequest
	}
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, v)
	return nil
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c echo.Context) error {
	valid := isFixtureAllowed(c.QueryParam("v"))
	// ok: go.redirect.open-redirect.echo-tainted-redirect
	_ = c.Redirect(http.StatusFound, strconv.FormatBool(valid))
	return nil
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
