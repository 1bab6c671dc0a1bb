package main

import (
	"regexp"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type App struct {
	db  *sql.DB
	dbx *sqlx.DB
}

type Product struct {
	ID    int64   `db:"id"`
	Name  string  `db:"name"`
	Price float64 `db:"price"`
}

type SearchRequest struct {
	Category string `json:"category"`
	MaxPrice string `json:"max_price"`
}

var sortColumns = map[string]string{
	"name":  "name",
	"price": "price",
	"new":   "created_at DESC",
}

// Vulnerable: query parameter concatenated into the WHERE clause.
func (a *App) productsByName(c *gin.Context) {
	name := c.Query("name")
	query := "SELECT id, name, price FROM products WHERE name = '" + name + "'"
	// ruleid: go.injection.sql.gin-tainted-sql-string
	rows, err := a.db.QueryContext(c.Request.Context(), query)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.Status(http.StatusOK)
}

// Vulnerable: path parameter formatted with fmt.Sprintf.
func (a *App) deleteProduct(c *gin.Context) {
	id := c.Param("id")
	// ruleid: go.injection.sql.gin-tainted-sql-string
	if _, err := a.db.Exec(fmt.Sprintf("DELETE FROM products WHERE id = %s", id)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// Vulnerable: JSON body bound with ShouldBindJSON, then built into the query by a helper.
func buildSearch(category, maxPrice string) string {
	var b strings.Builder
	b.WriteString("SELECT id, name, price FROM products WHERE 1=1")
	if category != "" {
		b.WriteString(" AND category = '" + category + "'")
	}
	if maxPrice != "" {
		b.WriteString(" AND price <= " + maxPrice)
	}
	return b.String()
}

func (a *App) search(c *gin.Context) {
	var req SearchRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	q := buildSearch(req.Category, req.MaxPrice)
	var products []Product
	// ruleid: go.injection.sql.gin-tainted-sql-string
	if err := a.dbx.Select(&products, q); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, products)
}

// Vulnerable: header value reaches sqlx.Get through a variable.
func (a *App) tenantProduct(c *gin.Context) {
	tenant := c.GetHeader("X-Tenant")
	table := tenant + "_products"
	var p Product
	// ruleid: go.injection.sql.gin-tainted-sql-string
	err := a.dbx.Get(&p, "SELECT id, name, price FROM "+table+" WHERE id = $1", c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, p)
}

// Safe: value passed as a placeholder argument.
func (a *App) productByID(c *gin.Context) {
	var p Product
	// ok: go.injection.sql.gin-tainted-sql-string
	row := a.db.QueryRowContext(c, "SELECT id, name, price FROM products WHERE id = $1", c.Param("id"))
	if err := row.Scan(&p.ID, &p.Name, &p.Price); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, p)
}

// Safe: numeric conversion before formatting.
func (a *App) page(c *gin.Context) {
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "20"))
	if err != nil || limit > 100 {
		limit = 20
	}
	var products []Product
	// ok: go.injection.sql.gin-tainted-sql-string
	if err := a.dbx.Select(&products, fmt.Sprintf("SELECT id, name, price FROM products LIMIT %d", limit)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, products)
}

// Safe: sort column chosen from an allow-list map.
func (a *App) sorted(c *gin.Context) {
	column, ok := sortColumns[c.Query("sort")]
	if !ok {
		column = "name"
	}
	// ok: go.injection.sql.gin-tainted-sql-string
	rows, err := a.db.Query("SELECT id, name, price FROM products ORDER BY " + column)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.Status(http.StatusOK)
}

// Safe: prepared statement executed with the user value as an argument.
func (a *App) rename(c *gin.Context) {
	stmt, err := a.db.Prepare("UPDATE products SET name = $1 WHERE id = $2")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer stmt.Close()
	// ok: go.injection.sql.gin-tainted-sql-string
	if _, err := stmt.Exec(c.PostForm("name"), c.Param("id")); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// Safe: constant query, nothing from the request.
func (a *App) count(c *gin.Context) {
	var n int
	// ok: go.injection.sql.gin-tainted-sql-string
	if err := a.db.QueryRow("SELECT count(*) FROM products").Scan(&n); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"count": n, "query": buildSearch("", "")})
}

func main() {
	app := &App{}
	r := gin.Default()
	r.GET("/products", app.productsByName)
	r.GET("/products/search", app.search)
	r.DELETE("/products/:id", app.deleteProduct)
	r.GET("/products/:id", app.productByID)
	r.GET("/tenant/products/:id", app.tenantProduct)
	r.GET("/page", app.page)
	r.GET("/sorted", app.sorted)
	r.POST("/products/:id/rename", app.rename)
	r.GET("/count", app.count)
	_ = r.Run(":8080")
}

var fixtureDB *sql.DB

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(c *gin.Context, v string) {
	// ruleid: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureHelperHandler(c *gin.Context) {
	fixtureHelper(c, c.Query("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c *gin.Context, v string) {
	// ok: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureConstHandler(c *gin.Context) {
	fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c *gin.Context) {
	v := c.Query("v")
	if fixtureDisabled {
		// ok: go.injection.sql.gin-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	} else {
		// ruleid: go.injection.sql.gin-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
	if false {
		// ok: go.injection.sql.gin-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureLooseRe.MatchString(v) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c *gin.Context) {
	v := c.Query("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c *gin.Context) {
	v := c.Query("v")
	if !fixtureAllowed[v] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c *gin.Context) {
	valid := isFixtureAllowed(c.Query("v"))
	// ok: go.injection.sql.gin-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + strconv.FormatBool(valid) + "'")
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
