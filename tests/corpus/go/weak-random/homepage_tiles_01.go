// Package main: homepage service.
package main

import (
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"strings"
)

var tiles = []string{"news", "offers", "events", "blog", "support"}

// homepageTiles handles requests: return homepage tiles in a varied order.
func homepageTiles(w http.ResponseWriter, r *http.Request) {
	order := append([]string(nil), tiles...)
	rand.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fmt.Fprint(w, strings.Join(order, ","))
}

func main() {
	http.HandleFunc("/home/tiles", homepageTiles)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
