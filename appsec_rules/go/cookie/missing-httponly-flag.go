package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Vulnerable: auth cookie readable from JavaScript.
func setAuth(w http.ResponseWriter, token string) {
	// ruleid: go.cookie.httponly.missing-httponly-flag
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, Path: "/", Secure: true})
}

// Vulnerable: echo cookie with HttpOnly explicitly false.
func echoLogin(c echo.Context) error {
	ck := new(http.Cookie)
	ck.Name = "sid"
	ck.Value = "opaque"
	ck.Secure = true
	// ruleid: go.cookie.httponly.missing-httponly-flag
	ck.HttpOnly = false
	c.SetCookie(ck)
	return c.NoContent(http.StatusNoContent)
}

// Vulnerable: gin SetCookie with httpOnly=false.
func ginLogin(c *gin.Context) {
	// ruleid: go.cookie.httponly.missing-httponly-flag
	c.SetCookie("sid", "opaque", 3600, "/", "", true, false)
}

// Vulnerable: refresh-token cookie literal missing HttpOnly.
func refresh(w http.ResponseWriter) {
	// ruleid: go.cookie.httponly.missing-httponly-flag
	rt := http.Cookie{
		Name:     "refresh_token",
		Value:    "opaque",
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	}
	http.SetCookie(w, &rt)
}

// Safe: HttpOnly set.
func setAuthSafe(w http.ResponseWriter, token string) {
	// ok: go.cookie.httponly.missing-httponly-flag
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, Path: "/", Secure: true, HttpOnly: true})
}

// Safe: gin SetCookie with httpOnly=true.
func ginLoginSafe(c *gin.Context) {
	// ok: go.cookie.httponly.missing-httponly-flag
	c.SetCookie("sid", "opaque", 3600, "/", "", true, true)
}

// Safe: HttpOnly assigned after construction.
func echoLoginSafe(c echo.Context) error {
	// ok: go.cookie.httponly.missing-httponly-flag
	ck := &http.Cookie{Name: "sid", Value: "opaque", Secure: true}
	ck.HttpOnly = true
	c.SetCookie(ck)
	return c.NoContent(http.StatusNoContent)
}

// Safe: expiring the cookie on logout.
func logout(w http.ResponseWriter) {
	// ok: go.cookie.httponly.missing-httponly-flag
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: "", Path: "/", MaxAge: -1})
}

const legacyCookie = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func legacyAuthCookie(w http.ResponseWriter, token string) {
	if legacyCookie {
		// ok: go.cookie.httponly.missing-httponly-flag
		http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, Path: "/", Secure: true})
	}
}

func main() {
	g := gin.Default()
	g.POST("/login", ginLogin)
	g.POST("/login2", ginLoginSafe)
	e := echo.New()
	e.POST("/login", echoLogin)
	e.POST("/login2", echoLoginSafe)
	setAuth(nil, "t")
	setAuthSafe(nil, "t")
	refresh(nil)
	logout(nil)
}
