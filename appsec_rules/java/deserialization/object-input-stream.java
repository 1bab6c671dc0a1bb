package com.example.session;

import javax.crypto.spec.SecretKeySpec;
import javax.crypto.Mac;
import java.util.Map;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import org.apache.commons.lang3.SerializationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

public class ObjectServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (ObjectInputStream ois = new ObjectInputStream(request.getInputStream())) {
            // ruleid: java.deserialization.native.object-input-stream
            Object command = ois.readObject();
            response.setStatus(command == null ? 204 : 200);
        } catch (ClassNotFoundException e) {
            response.sendError(400);
        }
    }

    Object fromHeader(HttpServletRequest request) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getDecoder().decode(request.getHeader("X-State"));
        // ruleid: java.deserialization.native.object-input-stream
        return new ObjectInputStream(new ByteArrayInputStream(raw)).readObject();
    }

    Object filtered(HttpServletRequest request) throws IOException, ClassNotFoundException {
        ObjectInputStream ois = new ObjectInputStream(request.getInputStream());
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;java.base/*;!*"));
        // ok: java.deserialization.native.object-input-stream
        return ois.readObject();
    }

    Object validating(HttpServletRequest request) throws IOException, ClassNotFoundException {
        ValidatingObjectInputStream vois = new ValidatingObjectInputStream(request.getInputStream());
        vois.accept(CartState.class);
        // ok: java.deserialization.native.object-input-stream
        return vois.readObject();
    }

    Object trusted(InputStream classpathResource) throws IOException, ClassNotFoundException {
        ObjectInputStream ois = new ObjectInputStream(classpathResource);
        // ok: java.deserialization.native.object-input-stream
        return ois.readObject();
    }

    static class CartState implements java.io.Serializable {
    }
}

@RestController
class StateController {

    private static byte[] decodeState(String cookie) {
        return Base64.getUrlDecoder().decode(cookie);
    }

    @PostMapping("/state")
    public Object restore(@CookieValue("state") String state) {
        // ruleid: java.deserialization.native.object-input-stream
        return SerializationUtils.deserialize(decodeState(state));
    }

    @PostMapping("/import")
    public Object importBlob(@RequestBody byte[] body) throws IOException, ClassNotFoundException {
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body));
        // ruleid: java.deserialization.native.object-input-stream
        return in.readUnshared();
    }
}

/** Helper parameters, dead code and allow-list guards. */
class ObjectInputStreamGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.deserialization.native.object-input-stream
        Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.deserialization.native.object-input-stream
        Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            fixtureHelper(request.getParameter("v"), request, response);
            fixtureConstHelper("fixed", request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The DEBUG_ONLY branch cannot run; the else branch can. */
    void deadCode(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (DEBUG_ONLY) {
            // ok: java.deserialization.native.object-input-stream
            Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
        } else {
            // ruleid: java.deserialization.native.object-input-stream
            Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.deserialization.native.object-input-stream
        Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.deserialization.native.object-input-stream
        Object obj = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value))).readObject();
    }
}

class SignedStateFixtures {
    private static final byte[] STATE_KEY = System.getenv("STATE_SIGNING_KEY").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> STATE_BY_KEY = Map.of("default", "rO0ABXQABWxpZ2h0");

    Object restoreSigned(HttpServletRequest request) throws Exception {
        String state = request.getParameter("state");
        String signature = request.getParameter("signature");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(STATE_KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal(state.getBytes(StandardCharsets.UTF_8));
        if (signature == null || !MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
            throw new IllegalArgumentException("invalid signature");
        }
        // ok: java.deserialization.native.object-input-stream
        return new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
    }

    Object restoreUnchecked(HttpServletRequest request) throws Exception {
        String state = request.getParameter("state");
        String signature = request.getParameter("signature");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(STATE_KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal(state.getBytes(StandardCharsets.UTF_8));
        boolean valid = MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
        // the comparison result is never enforced
        // ruleid: java.deserialization.native.object-input-stream
        return new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
    }

    Object restorePreset(HttpServletRequest request) throws Exception {
        String state = STATE_BY_KEY.getOrDefault(request.getParameter("key"), "rO0ABXQABWxpZ2h0");
        // ok: java.deserialization.native.object-input-stream
        return new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
    }
}
