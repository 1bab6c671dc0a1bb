// Package main: checks that bundled fixture files are intact.
package main

import (
	"crypto/md5"
	"encoding/hex"
	"os"
	"testing"
)

func TestFixtureChecksum(t *testing.T) {
	data, err := os.ReadFile("testdata/users.csv")
	if err != nil {
		t.Fatal(err)
	}
	sum := md5.Sum(data)
	if hex.EncodeToString(sum[:]) != "5d41402abc4b2a76b9719d911017c592" {
		t.Errorf("fixture changed")
	}
}
