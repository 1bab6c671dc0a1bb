package main

import (
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/labstack/echo/v4"
)

type Unfurl struct {
	Link string `json:"link"`
}

var httpClient = http.Client{Timeout: 5 * time.Second}

var mirrors = map[string]string{
	"eu": "https://eu.mirror.example.com",
	"us": "https://us.mirror.example.com",
}

// Vulnerable: bound body link fetched with a http.Client value.
func unfurl(c echo.Context) error {
	var u Unfurl
	if err := c.Bind(&u); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	// ruleid: go.ssrf.request.echo-tainted-url
	resp, err := httpClient.Get(u.Link)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	return c.Stream(http.StatusOK, "text/html", resp.Body)
}

// Vulnerable: query parameter sent with http.Head.
func checkLink(c echo.Context) error {
	link := c.QueryParam("link")
	// ruleid: go.ssrf.request.echo-tainted-url
	resp, err := http.Head(link)
	if err != nil {
		return c.JSON(http.StatusOK, map[string]bool{"alive": false})
	}
	resp.Body.Close()
	return c.JSON(http.StatusOK, map[string]bool{"alive": resp.StatusCode < 400})
}

// Vulnerable: form value posted to through http.PostForm via a helper.
func normalize(raw string) string {
	if len(raw) > 0 && raw[len(raw)-1] == '/' {
		return raw[:len(raw)-1]
	}
	return raw
}

func notify(c echo.Context) error {
	endpoint := normalize(c.FormValue("endpoint"))
	// ruleid: go.ssrf.request.echo-tainted-url
	resp, err := http.PostForm(endpoint, url.Values{"event": {"deploy"}})
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	resp.Body.Close()
	return c.NoContent(http.StatusNoContent)
}

// Safe: mirror chosen from an allow-list map.
func download(c echo.Context) error {
	base, ok := mirrors[c.QueryParam("region")]
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	// ok: go.ssrf.request.echo-tainted-url
	resp, err := http.Get(base + "/releases/latest.tar.gz")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	_, err = io.Copy(c.Response(), resp.Body)
	return err
}

// Safe: fixed scheme and host, path escaped.
func repo(c echo.Context) error {
	// ok: go.ssrf.request.echo-tainted-url
	req, err := http.NewRequest(http.MethodGet, "https://api.github.com/repos/"+url.PathEscape(c.Param("owner"))+"/"+url.PathEscape(c.Param("name")), nil)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	resp.Body.Close()
	return c.NoContent(resp.StatusCode)
}

// Safe: constant URL; request data only forwarded as a header value.
func metrics(c echo.Context) error {
	req, err := http.NewRequest(http.MethodGet, "http://localhost:9090/metrics", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Request-ID", c.Request().Header.Get("X-Request-ID"))
	// ok: go.ssrf.request.echo-tainted-url
	resp, err := httpClient.Do(req)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	resp.Body.Close()
	return c.NoContent(http.StatusOK)
}

func main() {
	e := echo.New()
	e.POST("/unfurl", unfurl)
	e.GET("/check", checkLink)
	e.POST("/notify", notify)
	e.GET("/download", download)
	e.GET("/repos/:owner/:name", repo)
	e.GET("/metrics", metrics)
	e.Logger.Fatal(e.Start(":8080"))
}
