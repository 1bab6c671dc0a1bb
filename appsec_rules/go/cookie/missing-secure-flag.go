package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Vulnerable: session cookie without Secure.
func login(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.cookie.secure.missing-secure-flag
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    "opaque-session-id",
		Path:     "/",
		HttpOnly: true,
		Expires:  time.Now().Add(24 * time.Hour),
	})
}

// Vulnerable: Secure explicitly false.
func remember(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{
		Name:     "remember_me",
		Value:    "token",
		HttpOnly: true,
		// ruleid: go.cookie.secure.missing-secure-flag
		Secure: false,
	}
	http.SetCookie(w, &c)
}

// Vulnerable: gin SetCookie with secure=false.
func ginLogin(c *gin.Context) {
	// ruleid: go.cookie.secure.missing-secure-flag
	c.SetCookie("session", "opaque-session-id", 3600, "/", "example.com", false, true)
}

// Vulnerable: flag switched off after construction.
func csrf(w http.ResponseWriter) {
	ck := &http.Cookie{Name: "csrf", Value: "t", Secure: true, HttpOnly: true}
	// ruleid: go.cookie.secure.missing-secure-flag
	ck.Secure = false
	http.SetCookie(w, ck)
}

// Safe: Secure and HttpOnly set.
func loginSecure(w http.ResponseWriter, r *http.Request) {
	// ok: go.cookie.secure.missing-secure-flag
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    "opaque-session-id",
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// Safe: flag set on the variable right after the literal.
func prefs(w http.ResponseWriter) {
	// ok: go.cookie.secure.missing-secure-flag
	ck := &http.Cookie{Name: "prefs", Value: "dark", HttpOnly: true}
	ck.Secure = true
	http.SetCookie(w, ck)
}

// Safe: deletion cookie (MaxAge -1) carries no value.
func logout(w http.ResponseWriter, r *http.Request) {
	// ok: go.cookie.secure.missing-secure-flag
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1})
}

// Safe: gin SetCookie with secure=true.
func ginLoginSecure(c *gin.Context) {
	// ok: go.cookie.secure.missing-secure-flag
	c.SetCookie("session", "opaque-session-id", 3600, "/", "example.com", true, true)
}

const legacyCookie = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func legacyAuthCookie(w http.ResponseWriter, token string) {
	if legacyCookie {
		// ok: go.cookie.secure.missing-secure-flag
		http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, Path: "/", HttpOnly: true})
	}
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/remember", remember)
	http.HandleFunc("/login2", loginSecure)
	http.HandleFunc("/logout", logout)
	r := gin.Default()
	r.POST("/login", ginLogin)
	r.POST("/login2", ginLoginSecure)
	_ = r.Run(":8080")
	csrf(nil)
	prefs(nil)
}
