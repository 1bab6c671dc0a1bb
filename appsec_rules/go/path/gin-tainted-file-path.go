package main

import (
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
