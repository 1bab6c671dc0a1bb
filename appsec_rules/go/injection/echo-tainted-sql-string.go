package main

import (
	"regexp"
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
)

type Handler struct {
	db   *sql.DB
	pool *pgxpool.Pool
}

type Order struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
}

type StatusUpdate struct {
	Status string `json:"status"`
	Note   string `json:"note"`
}

var allowedStatus = map[string]bool{"open": true, "shipped": true, "cancelled": true}

// Vulnerable: query parameter concatenated into a pgx query.
func (h *Handler) ordersByStatus(c echo.Context) error {
	status := c.QueryParam("status")
	sql := "SELECT id, status FROM orders WHERE status = '" + status + "'"
	// ruleid: go.injection.sql.echo-tainted-sql-string
	rows, err := h.pool.Query(context.Background(), sql)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	defer rows.Close()
	return c.NoContent(http.StatusOK)
}

// Vulnerable: bound request body formatted into an UPDATE statement.
func (h *Handler) updateStatus(c echo.Context) error {
	var upd StatusUpdate
	if err := c.Bind(&upd); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	q := fmt.Sprintf("UPDATE orders SET status = '%s', note = '%s' WHERE id = %s", upd.Status, upd.Note, c.Param("id"))
	// ruleid: go.injection.sql.echo-tainted-sql-string
	if _, err := h.db.ExecContext(c.Request().Context(), q); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Vulnerable: comma-separated IDs from a form value joined into an IN (...) list by a helper.
func inList(raw string) string {
	return "(" + strings.Join(strings.Split(raw, ","), ",") + ")"
}

func (h *Handler) bulkCancel(c echo.Context) error {
	ids := inList(c.FormValue("ids"))
	// ruleid: go.injection.sql.echo-tainted-sql-string
	_, err := h.db.Exec("UPDATE orders SET status = 'cancelled' WHERE id IN " + ids)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Safe: pgx positional parameters.
func (h *Handler) orderByID(c echo.Context) error {
	var o Order
	// ok: go.injection.sql.echo-tainted-sql-string
	err := h.pool.QueryRow(c.Request().Context(), "SELECT id, status FROM orders WHERE id = $1", c.Param("id")).Scan(&o.ID, &o.Status)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, o)
}

// Safe: value validated against an allow-list before it is concatenated.
func (h *Handler) countByStatus(c echo.Context) error {
	status := c.QueryParam("status")
	if !allowedStatus[status] {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var n int
	// ok: go.injection.sql.echo-tainted-sql-string
	if err := h.db.QueryRow("SELECT count(*) FROM orders WHERE status = $1", status).Scan(&n); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, map[string]int{"count": n})
}

// Safe: numeric id parsed with strconv before formatting.
func (h *Handler) archive(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	// ok: go.injection.sql.echo-tainted-sql-string
	if _, err := h.db.Exec(fmt.Sprintf("UPDATE orders SET archived = true WHERE id = %d", id)); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

func main() {
	h := &Handler{}
	e := echo.New()
	e.GET("/orders", h.ordersByStatus)
	e.PUT("/orders/:id/status", h.updateStatus)
	e.POST("/orders/cancel", h.bulkCancel)
	e.GET("/orders/:id", h.orderByID)
	e.GET("/orders/count", h.countByStatus)
	e.POST("/orders/:id/archive", h.archive)
	e.Logger.Fatal(e.Start(":8080"))
}

var fixtureDB *sql.DB

// --- helper parameters, dead code and allow-list guards ---

const fixtureDisabled = false

var fixtureValueRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
var fixtureLooseRe = regexp.MustCompile(`[a-z0-9-]+`)
var fixtureAllowed = map[string]bool{"alpha": true, "beta": true}
var fixtureRejected int

// Vulnerable: the sink sits in a same-file helper; the handler passes request data to it.
func fixtureHelper(c echo.Context, v string) error {
	// ruleid: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

func fixtureHelperHandler(c echo.Context) error {
	return fixtureHelper(c, c.QueryParam("v"))
}

// Safe: the same kind of helper, but every call site passes a constant.
func fixtureConstHelper(c echo.Context, v string) error {
	// ok: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

func fixtureConstHandler(c echo.Context) error {
	return fixtureConstHelper(c, "alpha")
}

// Safe: the sink cannot run (compile-time false constant); the else branch can.
func fixtureDeadCode(c echo.Context) error {
	v := c.QueryParam("v")
	if fixtureDisabled {
		// ok: go.injection.sql.echo-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	} else {
		// ruleid: go.injection.sql.echo-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
	if false {
		// ok: go.injection.sql.echo-tainted-sql-string
		_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	}
	return nil
}

// Safe: rejected unless it fully matches an anchored allow-list regex.
func fixtureRegexGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ok: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

// Vulnerable: an unanchored regex only checks for a substring.
func fixtureLooseGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureLooseRe.MatchString(v) {
		return echo.ErrBadRequest
	}
	// ruleid: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

// Vulnerable: the failed check is only counted, the value is still used.
func fixtureIgnoredCheck(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureValueRe.MatchString(v) {
		fixtureRejected++
	}
	// ruleid: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

// Safe: rejected unless it is a key of an allow-list map.
func fixtureMapGuard(c echo.Context) error {
	v := c.QueryParam("v")
	if !fixtureAllowed[v] {
		return echo.ErrBadRequest
	}
	// ok: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + v + "'")
	return nil
}

func fixtureIsAllowed(v string) bool {
	return fixtureValueRe.MatchString(v)
}

// Safe: only the bool result of a predicate reaches the sink.
func fixturePredicate(c echo.Context) error {
	valid := isFixtureAllowed(c.QueryParam("v"))
	// ok: go.injection.sql.echo-tainted-sql-string
	_, _ = fixtureDB.Exec("DELETE FROM items WHERE name = '" + strconv.FormatBool(valid) + "'")
	return nil
}

func isFixtureAllowed(v string) bool {
	return fixtureIsAllowed(v)
}
