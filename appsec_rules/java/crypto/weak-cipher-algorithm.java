package com.example.crypto;

import javax.crypto.Cipher;
import javax.crypto.NullCipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class LegacyCrypto {

    private static final String TRANSFORMATION = "DESede/CBC/PKCS5Padding";

    public byte[] encryptDes(SecretKey key, byte[] data) throws Exception {
        // ruleid: java.crypto.weak-cipher.broken-algorithm
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encrypt3Des(SecretKey key, byte[] data) throws Exception {
        // ruleid: java.crypto.weak-cipher.broken-algorithm
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] stream(SecretKey key, byte[] data) throws Exception {
        // ruleid: java.crypto.weak-cipher.broken-algorithm
        Cipher rc4 = Cipher.getInstance("RC4");
        rc4.init(Cipher.ENCRYPT_MODE, key);
        return rc4.doFinal(data);
    }

    public Cipher passthrough() {
        // ruleid: java.crypto.weak-cipher.broken-algorithm
        return new NullCipher();
    }

    public byte[] encryptGcm(SecretKey key, byte[] iv, byte[] data) throws Exception {
        // ok: java.crypto.weak-cipher.broken-algorithm
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public byte[] chacha(SecretKey key, byte[] data) throws Exception {
        // ok: java.crypto.weak-cipher.broken-algorithm
        Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public Cipher rsa() throws Exception {
        // ok: java.crypto.weak-cipher.broken-algorithm
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }
}

class LegacyCipherFixtures {
    private static final boolean LEGACY_DES = false;

    Cipher legacy() throws Exception {
        if (LEGACY_DES) {
            // ok: java.crypto.weak-cipher.broken-algorithm
            return Cipher.getInstance("DES/CBC/PKCS5Padding");
        }
        return Cipher.getInstance("AES/GCM/NoPadding");
    }
}
