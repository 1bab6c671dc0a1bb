package main

import (
	"strconv"
	"regexp"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
)

var trusted = map[string]bool{"shop.example.com": true}

type OAuthState struct {
	RedirectURI string `form:"redirect_uri"`
}

// Vulnerable: query parameter passed to c.Redirect.
func callback(c *gin.Context) {
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, c.Query("redirect"))
}

// Vulnerable: bound form struct used as redirect target.
func authorize(c *gin.Context) {
	var st OAuthState
	if err := c.ShouldBind(&st); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	target := st.RedirectURI + "?code=xyz"
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusSeeOther, target)
}

// Vulnerable: cookie value used with http.Redirect on the gin writer.
func resume(c *gin.Context) {
	last, err := c.Cookie("last_page")
	if err != nil {
		last = "/"
	}
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	http.Redirect(c.Writer, c.Request, last, http.StatusFound)
}

// Safe: local path check (no scheme-relative "//host").
func callbackChecked(c *gin.Context) {
	next := c.Query("redirect")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, next)
}

// Safe: host validated after url.Parse.
func partner(c *gin.Context) {
	u, err := url.Parse(c.Query("url"))
	if err != nil || !trusted[u.Host] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, u.String())
}

// Safe: literal local prefix.
func category(c *gin.Context) {
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusMovedPermanently, "/shop/category/"+c.Param("slug"))
}

func main() {
	r := gin.Default()
	r.GET("/callback", callback)
	r.POST("/authorize", authorize)
	r.GET("/resume", resume)
	r.GET("/callback2", callbackChecked)
	r.GET("/partner", partner)
	r.GET("/c/:slug", category)
	_ = r.Run(":8080")
}

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(c *gin.Context, v string) {
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

func fixtureHelperHandler(c *gin.Context) {
	fixtureHelper(c, c.Query("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c *gin.Context, v string) {
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

func fixtureConstHandler(c *gin.Context) {
	fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c *gin.Context) {
	v := c.Query("v")
	if fixtureDisabled {
		// ok: go.redirect.open-redirect.gin-tainted-redirect
		c.Redirect(http.StatusFound, v)
	} else {
		// ruleid: go.redirect.open-redirect.gin-tainted-redirect
		c.Redirect(http.StatusFound, v)
	}
	if false {
		// ok: go.redirect.open-redirect.gin-tainted-redirect
		c.Redirect(http.StatusFound, v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureLooseRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureAllowed[v] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c *gin.Context) {
	valid := isFixtureAllowed(c.Query("v"))
	// ok: go.redirect.open-redirect.gin-tainted-redirect
	c.Redirect(http.StatusFound, strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
