// Package main: account registration service.
package main

import (
	"crypto/md5"
	"encoding/hex"
	"log"
	"net/http"
)

var accounts = map[string]string{}

// accountSignup handles requests: create a new account.
func accountSignup(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	sum := md5.Sum([]byte(password))
	accounts[r.FormValue("username")] = hex.EncodeToString(sum[:])
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/accounts/signup", accountSignup)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
