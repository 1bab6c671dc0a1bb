package com.example.crypto;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

public class KeyFactoryService {

    public KeyPair rsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(2048);
        return kpg.generateKeyPair();
    }

    public KeyPair dsa(SecureRandom random) throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("DSA");
        // ruleid: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(2048, random);
        return kpg.generateKeyPair();
    }

    public KeyPair rsaSpec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));
        return kpg.generateKeyPair();
    }

    public KeyPair rsaStrong() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }

    public KeyPair ec() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // ok: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(256);
        return kpg.generateKeyPair();
    }

    public KeyPair ecNamed() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // ok: java.crypto.weak-key.asymmetric-key-size
        kpg.initialize(new ECGenParameterSpec("secp256r1"));
        return kpg.generateKeyPair();
    }
}

class LegacyKeyFixtures {
    private static final boolean LEGACY_KEYS = false;

    KeyPair legacy() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        if (LEGACY_KEYS) {
            // ok: java.crypto.weak-key.asymmetric-key-size
            kpg.initialize(1024);
        } else {
            kpg.initialize(3072);
        }
        return kpg.generateKeyPair();
    }
}
