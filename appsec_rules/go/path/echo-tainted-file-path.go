package main

import (
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
