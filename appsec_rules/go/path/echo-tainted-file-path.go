package main

import (
	"strconv"
	"regexp"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/labstack/echo/v4"
)

const docsDir = "/srv/docs"

type RenameRequest struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Vulnerable: echo c.File with a query parameter.
func doc(c echo.Context) error {
	// ruleid: go.path.traversal.echo-tainted-file-path
	return c.File(filepath.Join(docsDir, c.QueryParam("page")))
}

// Vulnerable: bound body used as rename target.
func rename(c echo.Context) error {
	var req RenameRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	from := filepath.Join(docsDir, filepath.Base(req.From))
	to := filepath.Join(docsDir, req.To)
	// ruleid: go.path.traversal.echo-tainted-file-path
	if err := os.Rename(from, to); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Vulnerable: path parameter reaches os.MkdirAll through a helper.
func userDir(user string) string {
	return docsDir + "/users/" + user
}

func mkUserDir(c echo.Context) error {
	dir := userDir(c.Param("user"))
	// ruleid: go.path.traversal.echo-tainted-file-path
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusCreated)
}

// Vulnerable: Attachment with a form value.
func attachment(c echo.Context) error {
	name := c.FormValue("name")
	// ruleid: go.path.traversal.echo-tainted-file-path
	return c.Attachment(docsDir+"/"+name, "document.pdf")
}

// Safe: filepath.IsLocal check before use.
func docLocal(c echo.Context) error {
	page := c.QueryParam("page")
	if !filepath.IsLocal(page) {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	// ok: go.path.traversal.echo-tainted-file-path
	return c.File(filepath.Join(docsDir, page))
}

// Safe: cleaned path verified to stay below docsDir.
func inline(c echo.Context) error {
	p := filepath.Clean(filepath.Join(docsDir, c.Param("name")))
	if !strings.HasPrefix(p, docsDir+string(os.PathSeparator)) {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	// ok: go.path.traversal.echo-tainted-file-path
	return c.Inline(p, filepath.Base(p))
}

// Safe: only the base name of the user input is used.
func rm(c echo.Context) error {
	name := filepath.Base(c.FormValue("name"))
	// ok: go.path.traversal.echo-tainted-file-path
	if err := os.Remove(filepath.Join(docsDir, "tmp", name)); err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.NoContent(http.StatusNoContent)
}

func main() {
	e := echo.New()
	e.GET("/doc", doc)
	e.POST("/rename", rename)
	e.POST("/users/:user/dir", mkUserDir)
	e.GET("/attachment", attachment)
	e.GET("/doc2", docLocal)
	e.GET("/inline/:name", inline)
	e.DELETE("/tmp", rm)
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
	// ruleid: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

func fixtureHelperHandler(c echo.Context) error {
	return fixtureHelper(c, c.QueryParam("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c echo.Context, v string) error {
	// ok: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

func fixtureConstHandler(c echo.Context) error {
	return fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c echo.Context) error {
	v := c.QueryParam("v")
	if fixtureDisabled {
		// ok: go.path.traversal.echo-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	} else {
		// ruleid: go.path.traversal.echo-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
	if false {
		// ok: go.path.traversal.echo-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
	return nil
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ok: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureLooseRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ruleid: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureAllowed[v] {
		return echo.ErrBadRequest
	}
	// ok: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	return nil
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c echo.Context) error {
	valid := isFixtureAllowed(c.QueryParam("v"))
	// ok: go.path.traversal.echo-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", strconv.FormatBool(valid)))
	return nil
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
