package com.example.xpathinjection;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * Unit tests for the profile email code path.
 */
class ProfileEmailTest {
    private static final String PROFILES_PATH = "/srv/app/data/profiles.xml";

    @ParameterizedTest
    @ValueSource(strings = {"alice", "' or '1'='1"})
    void handlesUnusualInput(String username) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        XPath xpath = XPathFactory.newInstance().newXPath();
        String email = xpath.evaluate("//user[@name='" + username + "']/email/text()", new InputSource(PROFILES_PATH));
        response.getWriter().write(String.valueOf(email));
    }
}
