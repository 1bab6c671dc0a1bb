package com.example.weakhash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * Checks that bundled fixture files are intact.
 */
class FixtureChecksumTest {
    @Test
    void usersFixtureIsUnchanged() throws Exception {
        byte[] data = Files.readAllBytes(Paths.get("src/test/resources/users.csv"));
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        assertEquals("5d41402abc4b2a76b9719d911017c592", actual);
    }
}
