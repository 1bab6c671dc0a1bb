package com.example.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.ConnectionSpec;
import okhttp3.TlsVersion;

public class ProtocolConfig {

    public SSLContext legacyContext() throws Exception {
        // ruleid: java.tls.protocol.weak-protocol-version
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLSocket socket(String host) throws Exception {
        SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, 443);
        // ruleid: java.tls.protocol.weak-protocol-version
        socket.setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});
        return socket;
    }

    public ConnectionSpec okhttpSpec() {
        // ruleid: java.tls.protocol.weak-protocol-version
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_0).build();
    }

    public SSLContext modernContext() throws Exception {
        // ok: java.tls.protocol.weak-protocol-version
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLSocket modernSocket(String host) throws Exception {
        SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, 443);
        // ok: java.tls.protocol.weak-protocol-version
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        return socket;
    }

    public ConnectionSpec okhttpModern() {
        // ok: java.tls.protocol.weak-protocol-version
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2).build();
    }
}
