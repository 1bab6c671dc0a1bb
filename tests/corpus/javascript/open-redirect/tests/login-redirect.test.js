/**
 * Unit tests for the login redirect code path.
 */
'use strict';

describe('login redirect', () => {
    test.each(['/dashboard', 'https://evil.example.net/'])('handles unusual input %s', async (nextUrl) => {
        const req = { query: {}, body: { values: {} } };
        const res = { json: jest.fn(), send: jest.fn(), redirect: jest.fn(), status: jest.fn().mockReturnThis() };
        res.redirect(nextUrl);
        expect(res.json.mock.calls.length + res.send.mock.calls.length + res.redirect.mock.calls.length).toBeGreaterThanOrEqual(0);
    });
});
