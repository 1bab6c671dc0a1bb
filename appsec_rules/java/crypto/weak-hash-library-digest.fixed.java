package com.example.crypto;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.DigestUtils;

public class ETagService {

    public String etag(String body) {
        // ruleid: java.crypto.weak-hash.library-digest
        return DigestUtils.sha256Hex(body);
    }

    public String apiSignature(String canonicalRequest) {
        // ruleid: java.crypto.weak-hash.library-digest
        return DigestUtils.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public String cacheKey(String url) {
        // ruleid: java.crypto.weak-hash.library-digest
        HashFunction fn = Hashing.sha256();
        return fn.hashString(url, StandardCharsets.UTF_8).toString();
    }

    public String springEtag(byte[] body) {
        // ruleid: java.crypto.weak-hash.library-digest
        return org.springframework.util.DigestUtils.md5DigestAsHex(body);
    }

    public String etagStrong(String body) {
        // ok: java.crypto.weak-hash.library-digest
        return DigestUtils.sha256Hex(body);
    }

    public String cacheKeyStrong(String url) {
        // ok: java.crypto.weak-hash.library-digest
        return Hashing.sha256().hashString(url, StandardCharsets.UTF_8).toString();
    }

    public byte[] sha512(byte[] data) {
        // ok: java.crypto.weak-hash.library-digest
        return DigestUtils.sha512(data);
    }
}

class LegacyDigestFixtures {
    private static final boolean LEGACY_MD5 = false;

    String legacy(String password) {
        if (LEGACY_MD5) {
            // ok: java.crypto.weak-hash.library-digest
            return DigestUtils.md5Hex(password);
        }
        return password;
    }
}
