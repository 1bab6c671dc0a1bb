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

// isValidHost: check that the value only contains expected characters.
func isValidHost(value string) bool {
	return validHostRe.MatchString(value)
}

// pingHost handles requests: run a reachability check against a host.
func pingHost(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	isValid := isValidHost(host)
	log.Printf("validation result for %s: %v", "host", isValid)
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
