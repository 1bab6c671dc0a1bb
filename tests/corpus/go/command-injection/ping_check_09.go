// Package main: network diagnostics service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os/exec"
)

var hostByKey = map[string]string{
	"default": "localhost",
	"secondary": "db.internal",
	"archive": "cache.internal",
}

// pingHost handles requests: run a reachability check against a host.
func pingHost(w http.ResponseWriter, r *http.Request) {
	host, ok := hostByKey[r.FormValue("key")]
	if !ok {
		host = "localhost"
	}
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "upstream error", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, string(out))
}

func main() {
	http.HandleFunc("/diagnostics/ping", pingHost)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
