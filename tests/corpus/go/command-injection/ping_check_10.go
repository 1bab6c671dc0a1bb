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
	host := "db.internal"
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
