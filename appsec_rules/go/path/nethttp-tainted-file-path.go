package main

import (
	"strconv"
	"regexp"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const uploadDir = "/srv/app/uploads"

type SaveRequest struct {
	Name    string `json:"name"`
	Content string `json:"content"`
}

// Vulnerable: query parameter joined to the base directory and opened.
func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	p := filepath.Join(uploadDir, name)
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	f, err := os.Open(p)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

// Vulnerable: JSON body field used as the file name for os.WriteFile via a helper.
func targetPath(name string) string {
	return uploadDir + "/" + name
}

func save(w http.ResponseWriter, r *http.Request) {
	var req SaveRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	if err := os.WriteFile(targetPath(req.Name), []byte(req.Content), 0o600); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Vulnerable: http.ServeFile with a name taken from the query string.
func serveReport(w http.ResponseWriter, r *http.Request) {
	report := r.FormValue("report")
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	http.ServeFile(w, r, "/srv/reports/"+report+".pdf")
}

// Vulnerable: a raw prefix check without cleaning is bypassed by "/srv/app/uploads/../../etc/passwd".
func remove(w http.ResponseWriter, r *http.Request) {
	p := r.Header.Get("X-File")
	if !strings.HasPrefix(p, uploadDir) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	os.Remove(p)
}

// Safe: filepath.Base strips every directory component.
func downloadBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go.path.traversal.nethttp-tainted-file-path
	data, err := os.ReadFile(filepath.Join(uploadDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

// Safe: cleaned absolute path checked against the base directory.
func downloadChecked(w http.ResponseWriter, r *http.Request) {
	p, err := filepath.Abs(filepath.Join(uploadDir, r.URL.Query().Get("file")))
	if err != nil || !strings.HasPrefix(p, uploadDir+string(os.PathSeparator)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go.path.traversal.nethttp-tainted-file-path
	f, err := os.Open(p)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

// Safe: filepath.IsLocal rejects absolute paths and ".." elements.
func createDraft(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	if !filepath.IsLocal(name) {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	// ok: go.path.traversal.nethttp-tainted-file-path
	f, err := os.Create(filepath.Join(uploadDir, "drafts", name))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	f.Close()
}

// Vulnerable: the request path (minus the leading "/") opened directly.
func static(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	data, err := os.ReadFile(r.URL.Path[1:])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

// Safe: http.ServeFile rejects any request whose URL path contains "..".
func staticServe(w http.ResponseWriter, r *http.Request) {
	// ok: go.path.traversal.nethttp-tainted-file-path
	http.ServeFile(w, r, filepath.Join("/srv/public", r.URL.Path))
}

// Safe: path fixed by the server; the request only supplies the content.
func appendLog(w http.ResponseWriter, r *http.Request) {
	// ok: go.path.traversal.nethttp-tainted-file-path
	f, err := os.OpenFile("/var/log/app/client.log", os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

func main() {
	http.HandleFunc("/download", download)
	http.HandleFunc("/save", save)
	http.HandleFunc("/report", serveReport)
	http.HandleFunc("/remove", remove)
	http.HandleFunc("/download2", downloadBase)
	http.HandleFunc("/download3", downloadChecked)
	http.HandleFunc("/draft", createDraft)
	http.HandleFunc("/log", appendLog)
	http.HandleFunc("/static/", static)
	http.HandleFunc("/public/", staticServe)
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
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.path.traversal.nethttp-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	} else {
		// ruleid: go.path.traversal.nethttp-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
	if false {
		// ok: go.path.traversal.nethttp-tainted-file-path
		_, _ = os.ReadFile(filepath.Join("/srv/data", v))
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", v))
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.path.traversal.nethttp-tainted-file-path
	_, _ = os.ReadFile(filepath.Join("/srv/data", strconv.FormatBool(valid)))
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
