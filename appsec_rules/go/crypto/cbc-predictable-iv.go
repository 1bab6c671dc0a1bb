package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

var staticIV = []byte("0123456789abcdef")

func pkcs7(data []byte, size int) []byte {
	n := size - len(data)%size
	return append(data, bytes.Repeat([]byte{byte(n)}, n)...)
}

// Vulnerable: hard-coded IV literal.
func encryptStatic(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	data := pkcs7(plaintext, aes.BlockSize)
	out := make([]byte, len(data))
	// ruleid: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, []byte("fedcba9876543210")).CryptBlocks(out, data)
	return out, nil
}

// Vulnerable: all-zero IV from make() that is never filled with random bytes.
func encryptZeroIV(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	data := pkcs7(plaintext, aes.BlockSize)
	// ruleid: go.crypto.weak-cipher.cbc-predictable-iv
	mode := cipher.NewCBCEncrypter(block, iv)
	mode.CryptBlocks(data, data)
	return data, nil
}

// Vulnerable: the key doubles as the IV.
func encryptKeyAsIV(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	data := pkcs7(plaintext, aes.BlockSize)
	// ruleid: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, key[:aes.BlockSize]).CryptBlocks(data, data)
	return data, nil
}

// Vulnerable: IV declared as a byte-slice literal in the function.
func encryptLiteralIV(block cipher.Block, data []byte) {
	iv := []byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10}
	// ruleid: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(data, data)
}

// Vulnerable: zero IV from an array declaration.
func encryptArrayIV(block cipher.Block, data []byte) {
	var iv [aes.BlockSize]byte
	// ruleid: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, iv[:]).CryptBlocks(data, data)
}

// Safe: array IV filled from crypto/rand.
func encryptArrayRandomIV(block cipher.Block, data []byte) ([]byte, error) {
	var iv [aes.BlockSize]byte
	if _, err := io.ReadFull(rand.Reader, iv[:]); err != nil {
		return nil, err
	}
	// ok: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, iv[:]).CryptBlocks(data, data)
	return append(iv[:], data...), nil
}

// Safe: random IV read from crypto/rand and prepended to the ciphertext.
func encryptRandomIV(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	data := pkcs7(plaintext, aes.BlockSize)
	ciphertext := make([]byte, aes.BlockSize+len(data))
	iv := ciphertext[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	// ok: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ciphertext[aes.BlockSize:], data)
	return ciphertext, nil
}

// Safe: IV buffer filled with rand.Read.
func encryptRandRead(block cipher.Block, data []byte) ([]byte, error) {
	iv := make([]byte, block.BlockSize())
	if _, err := rand.Read(iv); err != nil {
		return nil, err
	}
	// ok: go.crypto.weak-cipher.cbc-predictable-iv
	mode := cipher.NewCBCEncrypter(block, iv)
	mode.CryptBlocks(data, data)
	return append(iv, data...), nil
}

// Safe: IV supplied by the caller (generated per message elsewhere); decryption with the stored IV.
func encryptWithIV(block cipher.Block, iv, data []byte) {
	// ok: go.crypto.weak-cipher.cbc-predictable-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(data, data)
	cipher.NewCBCDecrypter(block, staticIV).CryptBlocks(data, data)
}

func main() {
	key := make([]byte, 32)
	_, _ = encryptStatic(key, nil)
	_, _ = encryptZeroIV(key, nil)
	_, _ = encryptKeyAsIV(key, nil)
	_, _ = encryptRandomIV(key, nil)
	b, _ := aes.NewCipher(key)
	encryptLiteralIV(b, make([]byte, 16))
	encryptArrayIV(b, make([]byte, 16))
	_, _ = encryptArrayRandomIV(b, make([]byte, 16))
	_, _ = encryptRandRead(b, make([]byte, 16))
	encryptWithIV(b, make([]byte, 16), make([]byte, 16))
}
