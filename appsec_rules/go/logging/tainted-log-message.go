package main

import (
	"regexp"
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var audit = log.New(os.Stdout, "audit ", log.LstdFlags)

var newlines = strings.NewReplacer("\n", "\\n", "\r", "\\r")

// Vulnerable: username from the form logged with %s (CR/LF forges entries).
func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Printf("failed login for user %s", user)
	http.Error(w, "invalid credentials", http.StatusUnauthorized)
}

// Vulnerable: gin header concatenated into a log.Println message.
func upload(c *gin.Context) {
	agent := c.GetHeader("User-Agent")
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Println("upload from agent: " + agent)
	c.Status(http.StatusAccepted)
}

// Vulnerable: echo query parameter logged through a custom *log.Logger via a helper.
func describe(action, target string) string {
	return action + " on " + target
}

func deleteItem(c echo.Context) error {
	// ruleid: go.logging.log-injection.tainted-log-message
	audit.Printf("%v", describe("delete", c.QueryParam("id")))
	return c.NoContent(http.StatusNoContent)
}

// Vulnerable: request path logged with %v.
func notFound(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Printf("404 %v %v", r.Method, r.URL.Path)
	http.NotFound(w, r)
}

// Safe: %q quotes and escapes control characters.
func loginQuoted(w http.ResponseWriter, r *http.Request) {
	// ok: go.logging.log-injection.tainted-log-message
	log.Printf("failed login for user %q", r.FormValue("username"))
}

// Safe: CR/LF replaced before logging.
func uploadSanitized(c *gin.Context) {
	agent := newlines.Replace(c.GetHeader("User-Agent"))
	// ok: go.logging.log-injection.tainted-log-message
	log.Println("upload from agent: " + agent)
}

// Safe: structured logging escapes attribute values.
func search(c echo.Context) error {
	// ok: go.logging.log-injection.tainted-log-message
	slog.Info("search", "query", c.QueryParam("q"))
	return c.NoContent(http.StatusOK)
}

// Safe: the decoding error (not the body) is logged; encoding/json quotes offending input.
type Signup struct {
	Email string `json:"email"`
}

func signup(w http.ResponseWriter, r *http.Request) {
	var req Signup
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		// ok: go.logging.log-injection.tainted-log-message
		log.Printf("invalid signup body: %v", err)
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Print("new signup: ", req.Email)
}

// Safe: numeric value.
func page(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil {
		n = 1
	}
	// ok: go.logging.log-injection.tainted-log-message
	log.Printf("page %d requested", n)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/login2", loginQuoted)
	http.HandleFunc("/page", page)
	http.HandleFunc("/signup", signup)
	http.HandleFunc("/", notFound)
	g := gin.Default()
	g.POST("/upload", upload)
	g.POST("/upload2", uploadSanitized)
	e := echo.New()
	e.DELETE("/items", deleteItem)
	e.GET("/search", search)
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
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.logging.log-injection.tainted-log-message
		log.Println("value: " + v)
	} else {
		// ruleid: go.logging.log-injection.tainted-log-message
		log.Println("value: " + v)
	}
	if false {
		// ok: go.logging.log-injection.tainted-log-message
		log.Println("value: " + v)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.logging.log-injection.tainted-log-message
	log.Println("value: " + v)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.logging.log-injection.tainted-log-message
	log.Println("value: " + strconv.FormatBool(valid))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
