package main

import (
	"strconv"
	"regexp"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

const baseDN = "ou=people,dc=example,dc=com"

type Directory struct {
	conn *ldap.Conn
}

// Vulnerable: username from the form concatenated into the search filter.
func (d *Directory) login(w http.ResponseWriter, r *http.Request) {
	username := r.FormValue("username")
	filter := "(&(objectClass=person)(uid=" + username + "))"
	// ruleid: go.injection.ldap.tainted-ldap-filter
	req := ldap.NewSearchRequest(baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false, filter, []string{"dn"}, nil)
	res, err := d.conn.Search(req)
	if err != nil || len(res.Entries) != 1 {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := d.conn.Bind(res.Entries[0].DN, r.FormValue("password")); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
	}
}

// Vulnerable: gin query parameter formatted into a SearchRequest literal via a helper.
func groupFilter(group string) string {
	return fmt.Sprintf("(&(objectClass=groupOfNames)(cn=%s))", group)
}

func (d *Directory) members(c *gin.Context) {
	req := &ldap.SearchRequest{
		BaseDN: "ou=groups,dc=example,dc=com",
		Scope:  ldap.ScopeWholeSubtree,
		// ruleid: go.injection.ldap.tainted-ldap-filter
		Filter:     groupFilter(c.Query("group")),
		Attributes: []string{"member"},
	}
	res, err := d.conn.Search(req)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, res.Entries)
}

// Vulnerable: DN for a simple bind built from the request without ldap.EscapeDN.
func (d *Directory) bindUser(w http.ResponseWriter, r *http.Request) {
	dn := fmt.Sprintf("uid=%s,%s", r.PostFormValue("user"), baseDN)
	// ruleid: go.injection.ldap.tainted-ldap-filter
	if err := d.conn.Bind(dn, r.PostFormValue("password")); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Safe: filter value escaped with ldap.EscapeFilter.
func (d *Directory) lookup(c *gin.Context) {
	filter := fmt.Sprintf("(&(objectClass=person)(mail=%s))", ldap.EscapeFilter(c.Query("mail")))
	// ok: go.injection.ldap.tainted-ldap-filter
	req := ldap.NewSearchRequest(baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 10, 0, false, filter, []string{"cn", "mail"}, nil)
	res, err := d.conn.Search(req)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, res.Entries)
}

// Safe: DN value escaped with ldap.EscapeDN.
func (d *Directory) bindEscaped(w http.ResponseWriter, r *http.Request) {
	dn := "uid=" + ldap.EscapeDN(r.PostFormValue("user")) + "," + baseDN
	// ok: go.injection.ldap.tainted-ldap-filter
	if err := d.conn.Bind(dn, r.PostFormValue("password")); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
	}
}

// Safe: constant filter; the request only selects the page size.
func (d *Directory) listAll(c *gin.Context) {
	// ok: go.injection.ldap.tainted-ldap-filter
	req := ldap.NewSearchRequest(baseDN, ldap.ScopeSingleLevel, ldap.NeverDerefAliases, 100, 0, false, "(objectClass=person)", []string{"cn"}, nil)
	res, err := d.conn.Search(req)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"entries": res.Entries, "page": c.Query("page")})
}

func main() {
	d := &Directory{}
	http.HandleFunc("/login", d.login)
	http.HandleFunc("/bind", d.bindUser)
	http.HandleFunc("/bind2", d.bindEscaped)
	g := gin.Default()
	g.GET("/members", d.members)
	g.GET("/lookup", d.lookup)
	g.GET("/people", d.listAll)
	go g.Run(":8081")
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
	// ruleid: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.injection.ldap.tainted-ldap-filter
		_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
	} else {
		// ruleid: go.injection.ldap.tainted-ldap-filter
		_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
	}
	if false {
		// ok: go.injection.ldap.tainted-ldap-filter
		_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+v+")", nil, nil)
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.injection.ldap.tainted-ldap-filter
	_ = ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+strconv.FormatBool(valid)+")", nil, nil)
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
