package com.example.crypto;

import java.security.SecureRandom;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

public class SymmetricKeys {

    public SecretKey hmacKey() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("HmacSHA256");
        // ruleid: java.crypto.weak-key.symmetric-key-size
        kg.init(64);
        return kg.generateKey();
    }

    public SecretKey aesKey(SecureRandom random) throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        // ruleid: java.crypto.weak-key.symmetric-key-size
        kg.init(56, random);
        return kg.generateKey();
    }

    public SecretKey macKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("HmacSHA512");
        // ruleid: java.crypto.weak-key.symmetric-key-size
        generator.init(96);
        return generator.generateKey();
    }

    public SecretKey aes256() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        // ok: java.crypto.weak-key.symmetric-key-size
        kg.init(256);
        return kg.generateKey();
    }

    public SecretKey aes128(SecureRandom random) throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        // ok: java.crypto.weak-key.symmetric-key-size
        kg.init(128, random);
        return kg.generateKey();
    }

    public SecretKey hmacDefault() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("HmacSHA256");
        // ok: java.crypto.weak-key.symmetric-key-size
        kg.init(new SecureRandom());
        return kg.generateKey();
    }
}

class LegacySymmetricKeyFixtures {
    private static final boolean LEGACY_KEYS = false;

    SecretKey legacy() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        if (LEGACY_KEYS) {
            // ok: java.crypto.weak-key.symmetric-key-size
            kg.init(64);
        } else {
            kg.init(256);
        }
        return kg.generateKey();
    }
}
