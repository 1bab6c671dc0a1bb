package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class ChecksumService {

    private static final String LEGACY_ALGORITHM = "SHA1";

    public String fingerprint(byte[] data) throws NoSuchAlgorithmException {
        // ruleid: java.crypto.weak-hash.message-digest
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(data));
    }

    public byte[] signBase(String payload) throws Exception {
        // ruleid: java.crypto.weak-hash.message-digest
        MessageDigest sha1 = MessageDigest.getInstance("SHA-256", "SUN");
        return sha1.digest(payload.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] legacy(byte[] data) throws NoSuchAlgorithmException {
        // ruleid: java.crypto.weak-hash.message-digest
        return MessageDigest.getInstance(LEGACY_ALGORITHM).digest(data);
    }

    public String fingerprintStrong(byte[] data) throws NoSuchAlgorithmException {
        // ok: java.crypto.weak-hash.message-digest
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(data));
    }

    public byte[] sha3(byte[] data) throws NoSuchAlgorithmException {
        // ok: java.crypto.weak-hash.message-digest
        return MessageDigest.getInstance("SHA3-256").digest(data);
    }

    public byte[] sha512(byte[] data) throws NoSuchAlgorithmException {
        // ok: java.crypto.weak-hash.message-digest
        return MessageDigest.getInstance("SHA-512").digest(data);
    }
}
