// Package main: network diagnostics service.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os/exec"
)

// pingHost handles requests: run a reachability check against a host.
func pingHost(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	cmdline := fmt.Sprintf("nslookup %s 10.0.0.2", host)
	out, err := exec.Command("bash", "-c", cmdline).CombinedOutput()
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
