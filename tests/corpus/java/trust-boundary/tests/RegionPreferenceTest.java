package com.example.trustboundary;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unit tests for the region preference code path.
 */
class RegionPreferenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"eu-west", "eu-west; admin=1"})
    void handlesUnusualInput(String region) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        request.getSession().setAttribute("region", region);
        response.getWriter().write(String.valueOf("ok"));
    }
}
