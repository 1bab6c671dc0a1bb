package main

import (
	"strconv"
	"regexp"
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"time"

	"github.com/alessio/shellescape"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var formats = map[string]string{"png": "png", "jpg": "jpeg", "webp": "webp"}

// Vulnerable: host name from the query string concatenated into a shell command.
func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.injection.command.tainted-shell-command
	out, err := exec.Command("sh", "-c", "ping -c 3 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

// Vulnerable: gin form value formatted into a bash pipeline via a helper.
func archiveCmd(dir string) string {
	return fmt.Sprintf("tar czf - %s | gzip -t", dir)
}

func backup(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 30*time.Second)
	defer cancel()
	cmdline := archiveCmd(c.PostForm("dir"))
	// ruleid: go.injection.command.tainted-shell-command
	cmd := exec.CommandContext(ctx, "/bin/bash", "-c", cmdline)
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Vulnerable: echo JSON body field interpolated into a shell script.
type ConvertRequest struct {
	Input  string `json:"input"`
	Output string `json:"output"`
}

func convert(c echo.Context) error {
	var req ConvertRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	script := "convert " + req.Input + " " + req.Output
	// ruleid: go.injection.command.tainted-shell-command
	if err := exec.Command("sh", "-c", script).Run(); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Safe: no shell; the value is a separate argv element.
func pingDirect(w http.ResponseWriter, r *http.Request) {
	// ok: go.injection.command.tainted-shell-command
	out, err := exec.Command("ping", "-c", "3", r.URL.Query().Get("host")).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

// Safe: value passed as a positional parameter ($1) to a constant script.
func grepLogs(c *gin.Context) {
	// ok: go.injection.command.tainted-shell-command
	out, err := exec.Command("sh", "-c", `grep -F -- "$1" /var/log/app.log | tail -n 50`, "sh", c.Query("q")).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "text/plain", out)
}

// Safe: value shell-quoted before it is built into the command string.
func countLines(c echo.Context) error {
	file := shellescape.Quote(c.QueryParam("file"))
	// ok: go.injection.command.tainted-shell-command
	out, err := exec.Command("bash", "-c", "wc -l "+file).Output()
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.String(http.StatusOK, string(out))
}

// Safe: format taken from an allow-list map.
func thumbnail(w http.ResponseWriter, r *http.Request) {
	format, ok := formats[r.FormValue("format")]
	if !ok {
		http.Error(w, "unsupported format", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-shell-command
	if err := exec.Command("sh", "-c", "convert /tmp/in.img /tmp/out."+format).Run(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}

func main() {
	http.HandleFunc("/ping", ping)
	http.HandleFunc("/ping2", pingDirect)
	http.HandleFunc("/thumb", thumbnail)
	g := gin.Default()
	g.POST("/backup", backup)
	g.GET("/grep", grepLogs)
	e := echo.New()
	e.POST("/convert", convert)
	e.GET("/count", countLines)
	go g.Run(":8081")
	go e.Start(":8082")
	_ = http.ListenAndServe(":8080", nil)
}

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ruleid: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.injection.command.tainted-shell-command
		_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
	} else {
		// ruleid: go.injection.command.tainted-shell-command
		_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
	}
	if false {
		// ok: go.injection.command.tainted-shell-command
		_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+v).Run()
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.injection.command.tainted-shell-command
	_ = exec.Command("sh", "-c", "ping -c 1 "+strconv.FormatBool(valid)).Run()
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
