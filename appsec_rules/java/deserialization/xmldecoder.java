package com.example.beans;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.beans.XMLDecoder;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.bind.JAXBContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class LayoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(new BufferedInputStream(request.getInputStream()));
        Object layout = decoder.readObject();
        decoder.close();
        response.setStatus(layout == null ? 400 : 201);
    }

    Object defaults() throws IOException {
        // ok: java.deserialization.xml.xmldecoder
        try (XMLDecoder decoder = new XMLDecoder(new FileInputStream("/etc/app/default-layout.xml"))) {
            return decoder.readObject();
        }
    }

    Object jaxb(HttpServletRequest request) throws Exception {
        // ok: java.deserialization.xml.xmldecoder
        return JAXBContext.newInstance(Layout.class).createUnmarshaller().unmarshal(request.getInputStream());
    }

    static class Layout {
    }
}

@RestController
class WidgetController {

    private static ByteArrayInputStream toStream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/widgets")
    public Object create(@RequestBody String xml) {
        // ruleid: java.deserialization.xml.xmldecoder
        try (XMLDecoder decoder = new XMLDecoder(toStream(xml))) {
            return decoder.readObject();
        }
    }

    @PostMapping("/widgets/form")
    public Object fromForm(@RequestParam("config") String config) {
        ByteArrayInputStream in = new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8));
        // ruleid: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(in, null, null);
        return decoder.readObject();
    }

    @PostMapping("/widgets/template")
    public Object template() {
        // ok: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(WidgetController.class.getResourceAsStream("/widget-template.xml"));
        return decoder.readObject();
    }
}

/** Helper parameters, dead code and allow-list guards. */
class XmldecoderGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
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
            // ok: java.deserialization.xml.xmldecoder
            XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
        } else {
            // ruleid: java.deserialization.xml.xmldecoder
            XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.deserialization.xml.xmldecoder
        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(value.getBytes()));
    }
}
