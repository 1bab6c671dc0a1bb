package main

import (
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
