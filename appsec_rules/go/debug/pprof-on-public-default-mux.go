package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"time"
)

func healthz(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// Vulnerable: application served from DefaultServeMux on all interfaces, so /debug/pprof/ is public.
func serveDefault() {
	http.HandleFunc("/healthz", healthz)
	// ruleid: go.debug.pprof.pprof-on-public-default-mux
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// Vulnerable: TLS listener with the default mux.
func serveTLS() {
	// ruleid: go.debug.pprof.pprof-on-public-default-mux
	log.Fatal(http.ListenAndServeTLS("0.0.0.0:8443", "cert.pem", "key.pem", nil))
}

// Vulnerable: http.Server without a Handler falls back to DefaultServeMux.
func serveServer() {
	// ruleid: go.debug.pprof.pprof-on-public-default-mux
	srv := &http.Server{Addr: ":9090", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// Safe: pprof reachable only on loopback.
func serveDebug() {
	// ok: go.debug.pprof.pprof-on-public-default-mux
	log.Println(http.ListenAndServe("localhost:6060", nil))
}

// Safe: public traffic goes to a dedicated mux without the pprof handlers.
func serveApp() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", healthz)
	// ok: go.debug.pprof.pprof-on-public-default-mux
	log.Fatal(http.ListenAndServe(":8080", mux))
}

// Safe: explicit handler and loopback debug server.
func serveBoth() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", healthz)
	// ok: go.debug.pprof.pprof-on-public-default-mux
	app := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	// ok: go.debug.pprof.pprof-on-public-default-mux
	dbg := &http.Server{Addr: "127.0.0.1:6060", ReadHeaderTimeout: 5 * time.Second}
	go dbg.ListenAndServe()
	log.Fatal(app.ListenAndServe())
}

func main() {
	go serveDebug()
	go serveTLS()
	go serveServer()
	go serveApp()
	go serveBoth()
	serveDefault()
}
