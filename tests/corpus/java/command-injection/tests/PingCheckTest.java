package com.example.commandinjection;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unit tests for the ping check code path.
 */
class PingCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1; cat /etc/passwd"})
    void handlesUnusualInput(String host) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        Process proc = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping -c 1 " + host});
        response.getWriter().write(String.valueOf(new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
