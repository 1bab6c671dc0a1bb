package com.example.insecurecookie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

/**
 * Tests for the session filter.
 */
class DashboardFilterTest {
    @Test
    void filterReadsSessionCookie() {
        Cookie cookie = new Cookie("SESSION_TOKEN", "test-session-token");
        assertEquals("test-session-token", cookie.getValue());
    }
}
