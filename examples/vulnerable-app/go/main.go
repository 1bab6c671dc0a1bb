// Command inventory-go is the Go part of the secops demo application: a small
// net/http service in front of the inventory database.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db, legacy: newLegacyClient(), partner: newPartnerClient()}

	mux := http.NewServeMux()
	mux.HandleFunc("/products/search", s.searchProducts)
	mux.HandleFunc("/products/get", s.getProduct)
	mux.HandleFunc("/ops/traceroute", s.traceroute)
	mux.HandleFunc("/ops/uptime", s.uptime)
	mux.HandleFunc("/sync/legacy", s.syncLegacy)
	mux.HandleFunc("/sync/partner", s.syncPartner)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
