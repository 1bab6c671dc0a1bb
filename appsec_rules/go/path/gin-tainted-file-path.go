package main

import (
	"strconv"
	"regexp"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const assetRoot = "/srv/assets"

type DeleteRequest struct {
	Path string `json:"path" binding:"required"`
}

// Vulnerable: c.File serves a path built from a route parameter.
func asset(c *gin.Context) {
	// ruleid: go.path.traversal.gin-tainted-file-path
	c.File(assetRoot + "/" + c.Param("name"))
}

// Vulnerable: bound JSON body removed with os.RemoveAll.
func deleteDir(c *gin.Context) {
	var req DeleteRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	dir := filepath.Join(assetRoot, req.Path)
	// ruleid: go.path.traversal.gin-tainted-file-path
	if err := os.RemoveAll(dir); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// Vulnerable: query parameter flows through a helper into os.ReadFile.
func themeFile(theme string) string {
	return path.Join(assetRoot, "themes", theme, "style.css")
}

func theme(c *gin.Context) {
	// ruleid: go.path.traversal.gin-tainted-file-path
	css, err := os.ReadFile(themeFile(c.DefaultQuery("theme", "light")))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "text/css", css)
}

// Vulnerable: FileAttachment with a header-controlled path.
func export(c *gin.Context) {
	name := c.GetHeader("X-Export-Name")
	// ruleid: go.path.traversal.gin-tainted-file-path
	c.FileAttachment(filepath.Join("/srv/exports", name), "export.csv")
}

// Safe: base name only.
func assetBase(c *gin.Context) {
	// ok: go.path.traversal.gin-tainted-file-path
	c.File(filepath.Join(assetRoot, filepath.Base(c.Param("name"))))
}

// Safe: rooted + cleaned ("/"+name) cannot climb above the root.
func assetRooted(c *gin.Context) {
	clean := filepath.Clean("/" + c.Query("name"))
	// ok: go.path.traversal.gin-tainted-file-path
	c.File(filepath.Join(assetRoot, clean))
}

// Safe: joined path checked with strings.HasPrefix after filepath.Join (which cleans).
func readChecked(c *gin.Context) {
	target := filepath.Join(assetRoot, c.Query("file"))
	if !strings.HasPrefix(target, assetRoot+string(os.PathSeparator)) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	// ok: go.path.traversal.gin-tainted-file-path
	data, err := os.ReadFile(target)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "application/octet-stream", data)
}

// Safe: the file is fixed; the request only selects a query option.
func manifest(c *gin.Context) {
	if c.Query("download") == "1" {
		// ok: go.path.traversal.gin-tainted-file-path
		c.FileAttachment("/srv/assets/manifest.json", "manifest.json")
		return
	}
	c.File("/srv/assets/manifest.json")
}

func main() {
	r := gin.Default()
	r.GET("/assets/:name", asset)
	r.DELETE("/assets", deleteDir)
	r.GET("/theme", theme)
	r.GET("/export", export)
	r.GET("/assets2/:name", assetBase)
	r.GET("/assets3", assetRooted)
	r.GET("/read", readChecked)
	r.GET("/manifest", manifest)
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
	// ruleid: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureHelperHandler(c *gin.Context) {
	fixtureHelper(c, c.Query("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c *gin.Context, v string) {
	// ok: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureConstHandler(c *gin.Context) {
	fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c *gin.Context) {
	v := c.Query("v")
	if fixtureDisabled {
		// ok: go.path.traversal.gin-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	} else {
		// ruleid: go.path.traversal.gin-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
	if false {
		// ok: go.path.traversal.gin-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureLooseRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureAllowed[v] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c *gin.Context) {
	valid := isFixtureAllowed(c.Query("v"))
	// ok: go.path.traversal.gin-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", strconv.FormatBool(valid)))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
