package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"errors"
	"io"

	"golang.org/x/crypto/chacha20poly1305"
)

// Vulnerable: single DES.
func encryptDES(key, plaintext []byte) ([]byte, error) {
	// ruleid: go.crypto.weak-cipher.des-rc4-usage
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, des.BlockSize)
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(out, plaintext)
	return append(iv, out...), nil
}

// Vulnerable: 3DES (64-bit block, Sweet32).
func legacy3DES(key []byte) (cipher.Block, error) {
	if len(key) != 24 {
		return nil, errors.New("bad key")
	}
	// ruleid: go.crypto.weak-cipher.des-rc4-usage
	return des.NewTripleDESCipher(key)
}

// Vulnerable: RC4 stream cipher.
func obfuscate(key, data []byte) ([]byte, error) {
	// ruleid: go.crypto.weak-cipher.des-rc4-usage
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out, nil
}

// Safe: AES-GCM.
func encryptGCM(key, plaintext []byte) ([]byte, error) {
	// ok: go.crypto.weak-cipher.des-rc4-usage
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// Safe: XChaCha20-Poly1305.
func encryptChaCha(key, plaintext []byte) ([]byte, error) {
	// ok: go.crypto.weak-cipher.des-rc4-usage
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

// Safe: only the DES block size constant is referenced (padding helper for a legacy format reader).
func padLen(n int) int {
	// ok: go.crypto.weak-cipher.des-rc4-usage
	return des.BlockSize - n%des.BlockSize
}

const legacyDES = false

// Safe: the insecure call sits in a branch that cannot run (compile-time false constant).
func legacyDESBlock(key []byte) {
	if legacyDES {
		// ok: go.crypto.weak-cipher.des-rc4-usage
		block, _ := des.NewCipher(key)
		_ = block
	}
}

func main() {
	_, _ = encryptDES(make([]byte, 8), nil)
	_, _ = legacy3DES(nil)
	_, _ = obfuscate([]byte("k"), nil)
	_, _ = encryptGCM(make([]byte, 32), nil)
	_, _ = encryptChaCha(make([]byte, 32), nil)
	_ = padLen(3)
}
