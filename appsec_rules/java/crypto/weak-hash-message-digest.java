package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class ChecksumService {

    private static final String LEGACY_ALGORITHM = "SHA1";

    public String fingerprint(byte[] data) throws NoSuchAlgorithmException {
        // ruleid: java.crypto.weak-hash.message-digest
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(data));
    }

    public byte[] signBase(String payload) throws Exception {
        // ruleid: java.crypto.weak-hash.message-digest
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1", "SUN");
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

class DigestUseFixtures {
    private static final boolean LEGACY_MD5 = false;

    void etag(javax.servlet.http.HttpServletResponse response, byte[] body) throws Exception {
        // MD5 only names the response body for HTTP caching
        // ok: java.crypto.weak-hash.message-digest
        String etag = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        response.setHeader("ETag", "\"" + etag + "\"");
    }

    String legacy(String password) throws Exception {
        if (LEGACY_MD5) {
            // ok: java.crypto.weak-hash.message-digest
            MessageDigest md = MessageDigest.getInstance("MD5");
            return java.util.HexFormat.of().formatHex(md.digest(password.getBytes()));
        }
        return password;
    }
}
