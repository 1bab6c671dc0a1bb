package com.example.sync;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.AnyTypePermission;
import com.thoughtworks.xstream.security.NoTypePermission;
import com.thoughtworks.xstream.security.WildcardTypePermission;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SyncController {

    @PostMapping("/sync")
    public Object sync(@RequestBody String payload) {
        XStream xstream = new XStream();
        xstream.alias("task", Task.class);
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(payload);
    }

    @PostMapping("/sync/any")
    public Object syncAny(@RequestBody String payload) {
        XStream xstream = new XStream();
        xstream.addPermission(AnyTypePermission.ANY);
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(payload);
    }

    public Object legacy(HttpServletRequest request) throws IOException {
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        return new XStream().fromXML(request.getInputStream());
    }

    @PostMapping("/sync/safe")
    public Object syncSafe(@RequestBody String payload) {
        XStream xstream = new XStream();
        xstream.addPermission(NoTypePermission.NONE);
        xstream.allowTypes(new Class[] {Task.class});
        // ok: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(payload);
    }

    @PostMapping("/sync/wildcard")
    public Object syncWildcard(@RequestBody String payload) {
        XStream xstream = new XStream();
        XStream.setupDefaultSecurity(xstream);
        xstream.addPermission(new WildcardTypePermission(new String[] {"com.example.sync.**"}));
        // ok: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(payload);
    }

    static class Task {
    }
}

class TaskImporter {

    private final XStream xstream = new XStream();

    TaskImporter() {
        xstream.allowTypesByWildcard(new String[] {"com.example.sync.**"});
    }

    Object importTasks(HttpServletRequest request) throws IOException {
        // ok: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(request.getReader());
    }
}

class ReportImporter {

    private final XStream xstream = new XStream();

    ReportImporter() {
        xstream.alias("report", Object.class);
    }

    Object importReport(HttpServletRequest request) throws IOException {
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        return xstream.fromXML(request.getReader());
    }
}

/** Helper parameters, dead code and allow-list guards. */
class XstreamNoAllowlistGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        XStream xstream = new XStream();
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        Object obj = xstream.fromXML(value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        XStream xstream = new XStream();
        // ok: java.deserialization.xml.xstream-no-allowlist
        Object obj = xstream.fromXML(value);
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
            XStream xstream = new XStream();
            // ok: java.deserialization.xml.xstream-no-allowlist
            Object obj = xstream.fromXML(value);
        } else {
            XStream xstream = new XStream();
            // ruleid: java.deserialization.xml.xstream-no-allowlist
            Object obj = xstream.fromXML(value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        XStream xstream = new XStream();
        // ok: java.deserialization.xml.xstream-no-allowlist
        Object obj = xstream.fromXML(value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        XStream xstream = new XStream();
        // ruleid: java.deserialization.xml.xstream-no-allowlist
        Object obj = xstream.fromXML(value);
    }
}
