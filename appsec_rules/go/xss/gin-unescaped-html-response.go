package main

import (
	"strconv"
	"regexp"
	"fmt"
	"html"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Feedback struct {
	Name    string `form:"name"`
	Message string `form:"message"`
}

// Vulnerable: c.Data with a text/html content type and a query parameter.
func welcome(c *gin.Context) {
	page := "<html><body>Welcome back, " + c.Query("user") + "</body></html>"
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(page))
}

// Vulnerable: bound form struct written to c.Writer through a helper.
func thanks(f Feedback) string {
	return fmt.Sprintf("<p>Thanks %s, we received: %s</p>", f.Name, f.Message)
}

func feedback(c *gin.Context) {
	var f Feedback
	if err := c.ShouldBind(&f); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Header("Content-Type", "text/html")
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.Writer.WriteString(thanks(f))
}

// Vulnerable: c.String after forcing an HTML content type.
func errorPage(c *gin.Context) {
	c.Header("Content-Type", "text/html; charset=utf-8")
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.String(http.StatusBadRequest, "<h1>Invalid value: %s</h1>", c.Param("value"))
}

// Vulnerable: fmt.Fprintf to the gin response writer with a header value.
func agent(c *gin.Context) {
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	fmt.Fprintf(c.Writer, "<p>Your browser: %s</p>", c.GetHeader("User-Agent"))
}

// Safe: c.HTML renders through html/template (auto-escaped).
func welcomeTemplate(c *gin.Context) {
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.HTML(http.StatusOK, "welcome.tmpl", gin.H{"user": c.Query("user")})
}

// Safe: escaped before it is put into the HTML.
func welcomeEscaped(c *gin.Context) {
	page := "<html><body>Welcome back, " + html.EscapeString(c.Query("user")) + "</body></html>"
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(page))
}

// Safe: c.String without an HTML content type is sent as text/plain.
func plain(c *gin.Context) {
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.String(http.StatusOK, "value: %s", c.Param("value"))
}

// Safe: JSON response / non-HTML c.Data.
func asJSON(c *gin.Context) {
	if c.Query("raw") == "1" {
		// ok: go.xss.reflected.gin-unescaped-html-response
		c.Data(http.StatusOK, "application/json", []byte(`{"q":"`+c.Query("q")+`"}`))
		return
	}
	c.JSON(http.StatusOK, gin.H{"q": c.Query("q")})
}

func main() {
	r := gin.Default()
	r.LoadHTMLGlob("templates/*")
	r.GET("/welcome", welcome)
	r.POST("/feedback", feedback)
	r.GET("/error/:value", errorPage)
	r.GET("/agent", agent)
	r.GET("/welcome2", welcomeTemplate)
	r.GET("/welcome3", welcomeEscaped)
	r.GET("/plain/:value", plain)
	r.GET("/json", asJSON)
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
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

func fixtureHelperHandler(c *gin.Context) {
	fixtureHelper(c, c.Query("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c *gin.Context, v string) {
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

func fixtureConstHandler(c *gin.Context) {
	fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c *gin.Context) {
	v := c.Query("v")
	if fixtureDisabled {
		// ok: go.xss.reflected.gin-unescaped-html-response
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
	} else {
		// ruleid: go.xss.reflected.gin-unescaped-html-response
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
	}
	if false {
		// ok: go.xss.reflected.gin-unescaped-html-response
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureLooseRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureAllowed[v] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+v+"</p>"))
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c *gin.Context) {
	valid := isFixtureAllowed(c.Query("v"))
	// ok: go.xss.reflected.gin-unescaped-html-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+strconv.FormatBool(valid)+"</p>"))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
