// Package main: user directory service.
package main

import (
	"database/sql"
	"fmt"
	_ "github.com/go-sql-driver/mysql"
	"log"
	"net/http"
	"os"
	"strings"
)

var db *sql.DB

// lookupUser handles requests: look up a user account by username.
func lookupUser(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("username")
	rows, err := db.Query("SELECT id, email FROM users WHERE username = '" + username + "'")
	if err != nil {
		http.Error(w, "upstream error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var emails []string
	for rows.Next() {
		var id int
		var email string
		if err := rows.Scan(&id, &email); err == nil {
			emails = append(emails, email)
		}
	}
	fmt.Fprint(w, strings.Join(emails, ","))
}

func main() {
	var err error
	db, err = sql.Open("mysql", os.Getenv("DATABASE_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/users/lookup", lookupUser)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
