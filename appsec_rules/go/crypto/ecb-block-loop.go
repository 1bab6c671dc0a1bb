package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
)

// Vulnerable: AES applied block by block (ECB).
func encryptECB(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(plaintext)%aes.BlockSize != 0 {
		return nil, errors.New("plaintext is not a multiple of the block size")
	}
	out := make([]byte, len(plaintext))
	for i := 0; i < len(plaintext); i += aes.BlockSize {
		// ruleid: go.crypto.weak-cipher.ecb-block-loop
		block.Encrypt(out[i:i+aes.BlockSize], plaintext[i:i+aes.BlockSize])
	}
	return out, nil
}

// Vulnerable: ECB decryption loop with open-ended slices.
func decryptECB(key, ciphertext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(ciphertext))
	bs := block.BlockSize()
	for start := 0; start < len(ciphertext); start += bs {
		// ruleid: go.crypto.weak-cipher.ecb-block-loop
		block.Decrypt(out[start:], ciphertext[start:])
	}
	return out, nil
}

// Vulnerable: ECB with a reassigned block variable and a range loop.
func encryptRecords(key []byte, records [][]byte) error {
	var block cipher.Block
	var err error
	block, err = aes.NewCipher(key)
	if err != nil {
		return err
	}
	for _, rec := range records {
		for off := 0; off+16 <= len(rec); off += 16 {
			// ruleid: go.crypto.weak-cipher.ecb-block-loop
			block.Encrypt(rec[off:off+16], rec[off:off+16])
		}
	}
	return nil
}

// Safe: AES-GCM.
func encryptGCM(key, plaintext []byte) ([]byte, error) {
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
	// ok: go.crypto.weak-cipher.ecb-block-loop
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// Safe: a single block encryption (e.g. deriving a subkey), not a loop over the message.
func deriveSubkey(key []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	zero := make([]byte, aes.BlockSize)
	sub := make([]byte, aes.BlockSize)
	// ok: go.crypto.weak-cipher.ecb-block-loop
	block.Encrypt(sub, zero)
	return sub, nil
}

// Safe: CTR mode stream over the whole buffer inside a loop of messages.
func encryptCTR(key []byte, msgs [][]byte) error {
	block, err := aes.NewCipher(key)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		iv := make([]byte, aes.BlockSize)
		if _, err := rand.Read(iv); err != nil {
			return err
		}
		// ok: go.crypto.weak-cipher.ecb-block-loop
		cipher.NewCTR(block, iv).XORKeyStream(m, m)
	}
	return nil
}

const legacyECB = false

// Safe: the ECB loop sits in a branch that cannot run (compile-time false constant).
func legacyEncrypt(key, plaintext []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(plaintext))
	if legacyECB {
		for i := 0; i < len(plaintext); i += aes.BlockSize {
			// ok: go.crypto.weak-cipher.ecb-block-loop
			block.Encrypt(out[i:i+aes.BlockSize], plaintext[i:i+aes.BlockSize])
		}
	}
	return out
}

func main() {
	key := make([]byte, 32)
	_, _ = encryptECB(key, make([]byte, 32))
	_, _ = decryptECB(key, make([]byte, 32))
	_ = encryptRecords(key, nil)
	_, _ = encryptGCM(key, nil)
	_, _ = deriveSubkey(key)
	_ = encryptCTR(key, nil)
}
