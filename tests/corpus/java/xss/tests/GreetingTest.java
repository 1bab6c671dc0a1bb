package com.example.xss;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unit tests for the greeting code path.
 */
class GreetingTest {
    @ParameterizedTest
    @ValueSource(strings = {"Guest", "<script>alert(1)</script>"})
    void handlesUnusualInput(String name) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<h1>Hello, " + name + "!</h1>");
    }
}
