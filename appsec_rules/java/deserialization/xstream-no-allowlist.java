package com.example.sync;

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
