package com.example.weakcipher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * Checks that archived DES exports from the old system can still be read by the migration tool.
 */
class LegacyExportCompatTest {
    @Test
    void decryptsArchivedExport() throws Exception {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec("testkey!".getBytes(StandardCharsets.UTF_8), "DES"));
        byte[] plain = cipher.doFinal(Base64.getDecoder().decode("7bP0wT3oyyQ="));
        assertEquals(5, plain.length);
    }
}
