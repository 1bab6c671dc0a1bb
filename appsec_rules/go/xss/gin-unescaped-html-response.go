package main

import (
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
