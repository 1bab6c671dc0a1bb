package com.example.http;

import java.net.URL;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class HostnameChecks {

    static class AcceptAll implements HostnameVerifier {
        // ruleid: java.tls.verification.hostname-verifier-allow-all
        @Override
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    public void legacy(URL url) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
        // ruleid: java.tls.verification.hostname-verifier-allow-all
        conn.setHostnameVerifier((host, session) -> true);
        conn.connect();
    }

    public CloseableHttpClient apache(SSLContext ctx) {
        // ruleid: java.tls.verification.hostname-verifier-allow-all
        SSLConnectionSocketFactory factory = new SSLConnectionSocketFactory(ctx, NoopHostnameVerifier.INSTANCE);
        return HttpClients.custom().setSSLSocketFactory(factory).build();
    }

    public OkHttpClient okhttp() {
        // ruleid: java.tls.verification.hostname-verifier-allow-all
        return new OkHttpClient.Builder().hostnameVerifier((hostname, session) -> true).build();
    }

    static class InternalAlias implements HostnameVerifier {
        private final HostnameVerifier defaults = HttpsURLConnection.getDefaultHostnameVerifier();

        // ok: java.tls.verification.hostname-verifier-allow-all
        @Override
        public boolean verify(String hostname, SSLSession session) {
            if ("billing.internal".equals(hostname)) {
                return defaults.verify("billing.example.com", session);
            }
            return defaults.verify(hostname, session);
        }
    }

    static class ExactHost implements HostnameVerifier {
        // ok: java.tls.verification.hostname-verifier-allow-all
        @Override
        public boolean verify(String hostname, SSLSession session) {
            if (!"api.example.com".equals(hostname)) {
                return false;
            }
            return true;
        }
    }

    public CloseableHttpClient apacheDefault(SSLContext ctx) {
        // ok: java.tls.verification.hostname-verifier-allow-all
        SSLConnectionSocketFactory factory = new SSLConnectionSocketFactory(ctx, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        return HttpClients.custom().setSSLSocketFactory(factory).build();
    }
}
