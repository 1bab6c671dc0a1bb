package main

import (
	"strconv"
	"regexp"
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

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(c echo.Context, v string) error {
	// ruleid: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

func fixtureHelperHandler(c echo.Context) error {
	return fixtureHelper(c, c.QueryParam("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c echo.Context, v string) error {
	// ok: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

func fixtureConstHandler(c echo.Context) error {
	return fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c echo.Context) error {
	v := c.QueryParam("v")
	if fixtureDisabled {
		// ok: go.ssrf.request.echo-tainted-url
		_, _ = http.Get(v)
	} else {
		// ruleid: go.ssrf.request.echo-tainted-url
		_, _ = http.Get(v)
	}
	if false {
		// ok: go.ssrf.request.echo-tainted-url
		_, _ = http.Get(v)
	}
	return nil
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ok: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureLooseRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ruleid: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureAllowed[v] {
		return echo.ErrBadRequest
	}
	// ok: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(v)
	return nil
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c echo.Context) error {
	valid := isFixtureAllowed(c.QueryParam("v"))
	// ok: go.ssrf.request.echo-tainted-url
	_, _ = http.Get(strconv.FormatBool(valid))
	return nil
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
