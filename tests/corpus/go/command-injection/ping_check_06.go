// Package main: network diagnostics service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"regexp"
)

var validHostRe = regexp.MustCompile(`^(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252})$`)

// pingHost handles requests: run a reachability check against a host.
func pingHost(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	if !validHostRe.MatchString(host) {
		http.Error(w, "invalid parameter", http.StatusBadRequest)
		return
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
