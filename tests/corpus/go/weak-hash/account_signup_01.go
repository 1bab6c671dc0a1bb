// Package main: account registration service.
package main

import (
	"crypto/md5"
	"encoding/hex"
	"golang.org/x/crypto/bcrypt"
	"log"
	"net/http"
)

var accounts = map[string]string{}
const legacyMD5 = false

// accountSignup handles requests: create a new account.
func accountSignup(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	if legacyMD5 {
		sum := md5.Sum([]byte(password))
		accounts[r.FormValue("username")] = hex.EncodeToString(sum[:])
	} else {
		hashed, err := bcrypt.GenerateFromPassword([]byte(password), 12)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		accounts[r.FormValue("username")] = string(hashed)
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/accounts/signup", accountSignup)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
