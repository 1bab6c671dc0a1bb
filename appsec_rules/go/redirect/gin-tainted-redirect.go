package main

import (
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
