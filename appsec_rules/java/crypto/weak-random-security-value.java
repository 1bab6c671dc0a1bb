package com.example.auth;

import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.spec.IvParameterSpec;

public class TokenService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE = new SecureRandom();

    private final Random jitter = new Random();

    public String generateResetToken() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // ruleid: java.crypto.weak-random.security-value
        return sb.toString();
    }

    public void issueTemporaryPassword(User user) {
        // ruleid: java.crypto.weak-random.security-value
        user.setPassword(Long.toHexString(new Random().nextLong()));
    }

    public String otp() {
        // ruleid: java.crypto.weak-random.security-value
        String otpCode = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return otpCode;
    }

    public IvParameterSpec iv() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        // ruleid: java.crypto.weak-random.security-value
        return new IvParameterSpec(bytes);
    }

    public String sessionId() {
        // ruleid: java.crypto.weak-random.security-value
        String sessionId = Double.toString(Math.random()).substring(2);
        return sessionId;
    }

    public String generateSecureToken() {
        byte[] bytes = new byte[32];
        SECURE.nextBytes(bytes);
        // ok: java.crypto.weak-random.security-value
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newApiKey() {
        // ok: java.crypto.weak-random.security-value
        return UUID.randomUUID().toString();
    }

    public long retryDelayMillis(int attempt) {
        // ok: java.crypto.weak-random.security-value
        long delay = (1L << attempt) * 100 + jitter.nextInt(100);
        return delay;
    }

    public void shuffleTips(List<String> tips) {
        // ok: java.crypto.weak-random.security-value
        Collections.shuffle(tips, RANDOM);
    }

    public String generateSalt() {
        Random rng = new SecureRandom();
        byte[] salt = new byte[16];
        rng.nextBytes(salt);
        // ok: java.crypto.weak-random.security-value
        return Base64.getEncoder().encodeToString(salt);
    }

    public static class User {
        private String password;
        public void setPassword(String password) { this.password = password; }
    }
}

class ApiKeyIssuer {
    private static final boolean DEBUG_ONLY = false;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    String issue(String owner) {
        // seeding java.util.Random from SecureRandom does not make its output unpredictable
        Random random = new Random(new SecureRandom().nextLong());
        // ruleid: java.crypto.weak-random.security-value
        String key = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        keys.put(key, owner);
        return key;
    }

    String signingKey() {
        // ruleid: java.crypto.weak-random.security-value
        String signingKey = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return signingKey;
    }

    String debugToken() {
        String token = "";
        if (DEBUG_ONLY) {
            // ok: java.crypto.weak-random.security-value
            token = Long.toHexString(new Random().nextLong());
        } else {
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            token = HexFormat.of().formatHex(raw);
        }
        return token;
    }

    int pickTile(int count) {
        // ok: java.crypto.weak-random.security-value
        int tileIndex = new Random().nextInt(count);
        return tileIndex;
    }
}
