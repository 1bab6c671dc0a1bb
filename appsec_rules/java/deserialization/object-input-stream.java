package com.example.session;

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
