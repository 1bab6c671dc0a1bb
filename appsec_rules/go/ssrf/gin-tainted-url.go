package main

import (
	"regexp"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/gin-gonic/gin"
)

type ImportRequest struct {
	FeedURL string `json:"feed_url" binding:"required"`
}

var partners = map[string]bool{"api.partner.example": true}

// Vulnerable: feed URL from the bound JSON body fetched directly.
func importFeed(c *gin.Context) {
	var req ImportRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.ssrf.request.gin-tainted-url
	resp, err := http.Get(req.FeedURL)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	c.Data(http.StatusOK, "application/xml", body)
}

// Vulnerable: host from a path parameter, request built with http.NewRequest.
func pingService(c *gin.Context) {
	endpoint := "http://" + c.Param("service") + ":8080/healthz"
	// ruleid: go.ssrf.request.gin-tainted-url
	req, err := http.NewRequest(http.MethodGet, endpoint, nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	c.Status(resp.StatusCode)
}

// Vulnerable: query parameter formatted into the URL by a helper, sent with http.DefaultClient.
func buildURL(base, id string) string {
	return fmt.Sprintf("%s/v1/items/%s", base, id)
}

func item(c *gin.Context) {
	// ruleid: go.ssrf.request.gin-tainted-url
	resp, err := http.DefaultClient.Get(buildURL(c.DefaultQuery("api", "https://api.example.com"), "1"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Safe: fixed host, numeric id.
func itemByID(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.gin-tainted-url
	resp, err := http.Get(fmt.Sprintf("https://api.example.com/v1/items/%d", id))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Safe: partner URL host validated against an allow-list.
func partnerCall(c *gin.Context) {
	u, err := url.Parse(c.Query("callback"))
	if err != nil || !partners[u.Hostname()] {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	// ok: go.ssrf.request.gin-tainted-url
	resp, err := http.Post(u.String(), "application/json", nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Safe: user value only in an escaped query string on a fixed host.
func geocode(c *gin.Context) {
	// ok: go.ssrf.request.gin-tainted-url
	resp, err := http.Get("https://maps.example.com/geocode?q=" + url.QueryEscape(c.Query("address")))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func main() {
	r := gin.Default()
	r.POST("/import", importFeed)
	r.GET("/ping/:service", pingService)
	r.GET("/item", item)
	r.GET("/items/:id", itemByID)
	r.GET("/partner", partnerCall)
	r.GET("/geocode", geocode)
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
	// ruleid: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

func fixtureHelperHandler(c *gin.Context) {
	fixtureHelper(c, c.Query("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c *gin.Context, v string) {
	// ok: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

func fixtureConstHandler(c *gin.Context) {
	fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c *gin.Context) {
	v := c.Query("v")
	if fixtureDisabled {
		// ok: go.ssrf.request.gin-tainted-url
		_, _ = http.Get(v)
	} else {
		// ruleid: go.ssrf.request.gin-tainted-url
		_, _ = http.Get(v)
	}
	if false {
		// ok: go.ssrf.request.gin-tainted-url
		_, _ = http.Get(v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureLooseRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureAllowed[v] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c *gin.Context) {
	valid := isFixtureAllowed(c.Query("v"))
	// ok: go.ssrf.request.gin-tainted-url
	_, _ = http.Get(strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
