package main

import (
	"regexp"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	db  *sql.DB
	dbx *sqlx.DB
}

type User struct {
	ID    int64  `db:"id" json:"id"`
	Email string `db:"email" json:"email"`
}

type Filter struct {
	Role   string `json:"role"`
	Status string `json:"status"`
}

var orderBy = map[string]string{
	"email":   "email ASC",
	"created": "created_at DESC",
}

// Vulnerable: query-string value concatenated into the SQL text.
func (s *Server) findByEmail(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	row := s.db.QueryRow("SELECT id, email FROM users WHERE email = '" + email + "'")
	var u User
	if err := row.Scan(&u.ID, &u.Email); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(u)
}

// Vulnerable: gorilla/mux path variable formatted with fmt.Sprintf.
func (s *Server) deleteUser(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	stmt := fmt.Sprintf("DELETE FROM users WHERE id = %s", id)
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	if _, err := s.db.ExecContext(r.Context(), stmt); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Vulnerable: JSON body decoded into a struct, filter built by a helper function.
func whereClause(f Filter) string {
	return "WHERE role = '" + f.Role + "' AND status = '" + f.Status + "'"
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) {
	var f Filter
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var users []User
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	if err := s.dbx.Select(&users, "SELECT id, email FROM users "+whereClause(f)); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(users)
}

// Vulnerable: form value reaches Prepare (the SQL text of the statement).
func (s *Server) updateNickname(w http.ResponseWriter, r *http.Request) {
	nick := r.FormValue("nickname")
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	st, err := s.db.Prepare(fmt.Sprintf("UPDATE users SET nickname = '%s' WHERE id = ?", nick))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer st.Close()
	if _, err := st.Exec(r.FormValue("id")); err != nil {
		log.Println("update failed")
	}
}

// Safe: placeholder arguments.
func (s *Server) findByID(w http.ResponseWriter, r *http.Request) {
	var u User
	// ok: go.injection.sql.nethttp-tainted-sql-string
	err := s.db.QueryRowContext(r.Context(), "SELECT id, email FROM users WHERE id = ? AND tenant = ?",
		r.URL.Query().Get("id"), r.Header.Get("X-Tenant")).Scan(&u.ID, &u.Email)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(u)
}

// Safe: strconv conversion yields a number before it is formatted.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	offset, err := strconv.Atoi(r.URL.Query().Get("offset"))
	if err != nil {
		offset = 0
	}
	// ok: go.injection.sql.nethttp-tainted-sql-string
	rows, err := s.db.Query(fmt.Sprintf("SELECT id, email FROM users ORDER BY id LIMIT 50 OFFSET %d", offset))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

// Safe: ORDER BY column selected from an allow-list.
func (s *Server) sorted(w http.ResponseWriter, r *http.Request) {
	clause, ok := orderBy[r.FormValue("sort")]
	if !ok {
		clause = "id ASC"
	}
	// ok: go.injection.sql.nethttp-tainted-sql-string
	rows, err := s.dbx.Queryx("SELECT id, email FROM users ORDER BY " + clause)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

// Safe: sqlx named query, values bound from the struct.
func (s *Server) createUser(w http.ResponseWriter, r *http.Request) {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.nethttp-tainted-sql-string
	if _, err := s.dbx.NamedExec("INSERT INTO users (email) VALUES (:email)", u); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	s := &Server{}
	r := mux.NewRouter()
	r.HandleFunc("/users", s.findByEmail).Methods("GET")
	r.HandleFunc("/users/{id}", s.deleteUser).Methods("DELETE")
	r.HandleFunc("/users/search", s.listUsers).Methods("POST")
	r.HandleFunc("/users/nickname", s.updateNickname).Methods("POST")
	r.HandleFunc("/users/by-id", s.findByID).Methods("GET")
	r.HandleFunc("/users/page", s.page).Methods("GET")
	r.HandleFunc("/users/sorted", s.sorted).Methods("GET")
	r.HandleFunc("/users/new", s.createUser).Methods("POST")
	log.Fatal(http.ListenAndServe(":8080", r))
}

var fixtureDB *sql.DB

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.injection.sql.nethttp-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	} else {
		// ruleid: go.injection.sql.nethttp-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
	if false {
		// ok: go.injection.sql.nethttp-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.injection.sql.nethttp-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + strconv.FormatBool(valid) + "'")
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
