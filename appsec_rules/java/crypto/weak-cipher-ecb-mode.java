package com.example.crypto;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class TokenCipher {

    public byte[] encryptDefault(SecretKey key, byte[] data) throws Exception {
        // ruleid: java.crypto.weak-cipher.ecb-mode
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptEcb(SecretKey key, byte[] data) throws Exception {
        // ruleid: java.crypto.weak-cipher.ecb-mode
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public Cipher bouncy() throws Exception {
        String transformation = "aes/ecb/nopadding";
        // ruleid: java.crypto.weak-cipher.ecb-mode
        return Cipher.getInstance(transformation, "BC");
    }

    public byte[] encryptGcm(SecretKey key, byte[] iv, byte[] data) throws Exception {
        // ok: java.crypto.weak-cipher.ecb-mode
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public byte[] encryptCbc(SecretKey key, byte[] iv, byte[] data) throws Exception {
        // ok: java.crypto.weak-cipher.ecb-mode
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }

    public Cipher wrap() throws Exception {
        // ok: java.crypto.weak-cipher.ecb-mode
        return Cipher.getInstance("AESWrap");
    }
}

class LegacyEcbFixtures {
    private static final boolean LEGACY_ECB = false;

    Cipher legacy() throws Exception {
        if (LEGACY_ECB) {
            // ok: java.crypto.weak-cipher.ecb-mode
            return Cipher.getInstance("AES/ECB/PKCS5Padding");
        }
        return Cipher.getInstance("AES/GCM/NoPadding");
    }
}
