package main

import (
	"strconv"
	"regexp"
	"context"
	"net/http"
	"os"
	"os/exec"
	"syscall"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Allow-list: request chooses an action, code chooses the binary.
var tools = map[string]string{
	"thumbnail": "/usr/bin/convert",
	"metadata":  "/usr/bin/exiftool",
}

// Vulnerable: the program to run comes straight from the query string.
func runTool(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	// ruleid: go.injection.command.tainted-program-name
	out, err := exec.Command(tool, "--version").Output()
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

// Vulnerable: gin path parameter builds the binary path.
func plugin(c *gin.Context) {
	bin := "/opt/plugins/" + c.Param("name")
	// ruleid: go.injection.command.tainted-program-name
	cmd := exec.CommandContext(c.Request.Context(), bin, c.Query("arg"))
	if err := cmd.Run(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Vulnerable: echo header value reaches syscall.Exec through a helper.
func resolveInterpreter(name string) string {
	return "/usr/bin/" + name
}

func reexec(c echo.Context) error {
	interp := resolveInterpreter(c.Request().Header.Get("X-Interpreter"))
	// ruleid: go.injection.command.tainted-program-name
	return syscall.Exec(interp, []string{interp, "/srv/job.script"}, os.Environ())
}

// Safe: program chosen from a fixed allow-list map; user data is only an argument.
func runAllowed(w http.ResponseWriter, r *http.Request) {
	bin, ok := tools[r.FormValue("tool")]
	if !ok {
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-program-name
	out, err := exec.Command(bin, r.FormValue("file")).Output()
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

// Safe: constant program, request data only in the argument list.
func identify(c *gin.Context) {
	// ok: go.injection.command.tainted-program-name
	out, err := exec.CommandContext(context.Background(), "/usr/bin/identify", "--", c.Query("file")).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "text/plain", out)
}

// Safe: the program comes from server configuration, not from the request.
func healthCheck(c echo.Context) error {
	probe := os.Getenv("HEALTH_PROBE")
	// ok: go.injection.command.tainted-program-name
	if err := exec.Command(probe, c.QueryParam("target")).Run(); err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	return c.NoContent(http.StatusOK)
}

func main() {
	http.HandleFunc("/tool", runTool)
	http.HandleFunc("/tool2", runAllowed)
	g := gin.Default()
	g.POST("/plugins/:name", plugin)
	g.GET("/identify", identify)
	e := echo.New()
	e.POST("/reexec", reexec)
	e.GET("/health", healthCheck)
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
	// ruleid: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.injection.command.tainted-program-name
		_ = exec.Command(v, "--version").Run()
	} else {
		// ruleid: go.injection.command.tainted-program-name
		_ = exec.Command(v, "--version").Run()
	}
	if false {
		// ok: go.injection.command.tainted-program-name
		_ = exec.Command(v, "--version").Run()
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.command.tainted-program-name
	_ = exec.Command(v, "--version").Run()
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.injection.command.tainted-program-name
	_ = exec.Command(strconv.FormatBool(valid), "--version").Run()
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
