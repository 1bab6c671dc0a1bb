package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"strconv"
)

// server holds the shared dependencies of the HTTP handlers.
type server struct {
	db      *sql.DB
	legacy  *http.Client
	partner *http.Client
}

type product struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

// searchProducts returns products whose name contains the query string.
func (s *server) searchProducts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	query := fmt.Sprintf("SELECT id, name, price FROM products WHERE name LIKE '%%%s%%'", q)
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeProducts(w, rows)
}

// getProduct returns one product by numeric id.
func (s *server) getProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	rows, err := s.db.Query("SELECT id, name, price FROM products WHERE id = $1", id)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeProducts(w, rows)
}

// traceroute runs traceroute against a host supplied by the on-call engineer.
func (s *server) traceroute(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, err := exec.Command("sh", "-c", "traceroute -m 10 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "traceroute failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

// uptime reports the host uptime.
func (s *server) uptime(w http.ResponseWriter, r *http.Request) {
	out, err := exec.Command("uptime", "-p").CombinedOutput()
	if err != nil {
		http.Error(w, "uptime failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func writeProducts(w http.ResponseWriter, rows *sql.Rows) {
	var products []product
	for rows.Next() {
		var p product
		if err := rows.Scan(&p.ID, &p.Name, &p.Price); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		products = append(products, p)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(products)
}
