// Package main: randomised order fixtures for the pricing tests.
package main

import (
	"math/rand"
	"testing"
)

func TestGeneratedQuantitiesArePositive(t *testing.T) {
	rng := rand.New(rand.NewSource(1234))
	for i := 0; i < 20; i++ {
		qty := 1 + rng.Intn(9)
		if qty <= 0 {
			t.Fatalf("bad quantity %d", qty)
		}
	}
}
