package main

import (
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
