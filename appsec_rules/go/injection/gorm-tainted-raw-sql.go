package main

import (
	"strconv"
	"regexp"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Article struct {
	ID     uint
	Title  string
	Author string
	Views  int
}

type Query struct {
	Author string `form:"author"`
	Sort   string `form:"sort"`
}

type API struct {
	db *gorm.DB
}

var sortable = map[string]string{"views": "views DESC", "title": "title ASC"}

// Vulnerable: gin query parameter concatenated into a GORM Where string.
func (a *API) byAuthor(c *gin.Context) {
	var articles []Article
	author := c.Query("author")
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	a.db.Where("author = '" + author + "'").Find(&articles)
	c.JSON(http.StatusOK, articles)
}

// Vulnerable: bound query struct used for ORDER BY.
func (a *API) list(c *gin.Context) {
	var q Query
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var articles []Article
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	a.db.Order(q.Sort).Find(&articles)
	c.JSON(http.StatusOK, articles)
}

// Vulnerable: net/http form value formatted into db.Raw through a helper.
func statsSQL(column string) string {
	return fmt.Sprintf("SELECT %s, count(*) FROM articles GROUP BY %s", column, column)
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) {
	var out []map[string]interface{}
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	a.db.Raw(statsSQL(r.FormValue("by"))).Scan(&out)
	w.WriteHeader(http.StatusOK)
}

// Vulnerable: echo path parameter in a Joins clause.
func (a *API) withTable(c echo.Context) error {
	table := c.Param("table")
	var articles []Article
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	a.db.Joins("JOIN " + table + " t ON t.article_id = articles.id").Find(&articles)
	return c.JSON(http.StatusOK, articles)
}

// Safe: GORM placeholder.
func (a *API) byTitle(c *gin.Context) {
	var articles []Article
	// ok: go.injection.sql.gorm-tainted-raw-sql
	a.db.Where("title LIKE ?", "%"+c.Query("q")+"%").Find(&articles)
	c.JSON(http.StatusOK, articles)
}

// Safe: struct condition (GORM parameterises every field).
func (a *API) byStruct(c *gin.Context) {
	var q Query
	_ = c.ShouldBindQuery(&q)
	var articles []Article
	// ok: go.injection.sql.gorm-tainted-raw-sql
	a.db.Where(&Article{Author: q.Author}).Find(&articles)
	c.JSON(http.StatusOK, articles)
}

// Safe: ORDER BY taken from an allow-list.
func (a *API) sorted(c echo.Context) error {
	order, ok := sortable[c.QueryParam("sort")]
	if !ok {
		order = "id"
	}
	var articles []Article
	// ok: go.injection.sql.gorm-tainted-raw-sql
	a.db.Order(order).Find(&articles)
	return c.JSON(http.StatusOK, articles)
}

// Safe: Raw with bound parameters.
func (a *API) popular(w http.ResponseWriter, r *http.Request) {
	var out []Article
	// ok: go.injection.sql.gorm-tainted-raw-sql
	a.db.Raw("SELECT * FROM articles WHERE author = ? AND views > ?", r.URL.Query().Get("author"), 100).Scan(&out)
	w.WriteHeader(http.StatusOK)
}

func main() {
	a := &API{}
	r := gin.Default()
	r.GET("/articles", a.byAuthor)
	r.GET("/articles/list", a.list)
	r.GET("/articles/title", a.byTitle)
	r.GET("/articles/struct", a.byStruct)
	e := echo.New()
	e.GET("/articles/join/:table", a.withTable)
	e.GET("/articles/sorted", a.sorted)
	http.HandleFunc("/stats", a.stats)
	http.HandleFunc("/popular", a.popular)
	go e.Start(":8081")
	_ = r.Run(":8080")
}

var fixtureGorm *gorm.DB

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

func fixtureHelperHandler(w http.ResponseWriter, r *http.Request) {
	fixtureHelper(w, r, r.FormValue("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(w http.ResponseWriter, r *http.Request, v string) {
	// ok: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

func fixtureConstHandler(w http.ResponseWriter, r *http.Request) {
	fixtureConstHelper(w, r, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if fixtureDisabled {
		// ok: go.injection.sql.gorm-tainted-raw-sql
		fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
	} else {
		// ruleid: go.injection.sql.gorm-tainted-raw-sql
		fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
	}
	if false {
		// ok: go.injection.sql.gorm-tainted-raw-sql
		fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureLooseRe.MatchString(v) {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if !fixtureAllowed[v] {
		http.Error(w, "invalid value", http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + v + "'").Find(&[]Article{})
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(w http.ResponseWriter, r *http.Request) {
	valid := isFixtureAllowed(r.FormValue("v"))
	// ok: go.injection.sql.gorm-tainted-raw-sql
	fixtureGorm.Where("name = '" + strconv.FormatBool(valid) + "'").Find(&[]Article{})
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
