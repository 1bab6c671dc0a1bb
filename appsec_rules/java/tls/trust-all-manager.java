package com.example.http;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContexts;

public class InsecureClients {

    public SSLContext trustEverything() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                // ruleid: java.tls.verification.trust-all-manager
                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, null);
        return ctx;
    }

    public SSLContext apacheTrustAll() throws Exception {
        // ruleid: java.tls.verification.trust-all-manager
        return SSLContexts.custom().loadTrustMaterial(null, TrustAllStrategy.INSTANCE).build();
    }

    public SSLContext apacheLambda() throws Exception {
        // ruleid: java.tls.verification.trust-all-manager
        return SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();
    }

    public SSLContext privateCa(KeyStore caStore) throws Exception {
        // ok: java.tls.verification.trust-all-manager
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(caStore);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}

class LoggingTrustManager implements X509TrustManager {

    private final X509TrustManager delegate;

    LoggingTrustManager(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    // ok: java.tls.verification.trust-all-manager
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        System.out.println("validating " + chain[0].getSubjectX500Principal());
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}

class PinningTrustManager implements X509TrustManager {

    private final String expectedFingerprint;

    PinningTrustManager(String expectedFingerprint) {
        this.expectedFingerprint = expectedFingerprint;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates not accepted");
    }

    // ok: java.tls.verification.trust-all-manager
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0 || !expectedFingerprint.equals(fingerprint(chain[0]))) {
            throw new CertificateException("certificate does not match pinned fingerprint");
        }
    }

    private static String fingerprint(X509Certificate cert) {
        return Integer.toHexString(cert.hashCode());
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

class LenientTrustManager implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    // ruleid: java.tls.verification.trust-all-manager
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        System.out.println("accepting " + chain.length + " certificates for " + authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return null;
    }
}
