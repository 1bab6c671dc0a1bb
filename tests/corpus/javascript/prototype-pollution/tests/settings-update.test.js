/**
 * Unit tests for the settings update code path.
 */
'use strict';

const settings = { display: {}, notifications: {}, privacy: {} };

describe('settings update', () => {
    test.each(['display', '__proto__'])('handles unusual input %s', async (section) => {
        const req = { query: {}, body: { values: {} } };
        const res = { json: jest.fn(), send: jest.fn(), redirect: jest.fn(), status: jest.fn().mockReturnThis() };
        Object.assign(settings[section], req.body.values);
        res.json({ result: 'saved' });
        expect(res.json.mock.calls.length + res.send.mock.calls.length + res.redirect.mock.calls.length).toBeGreaterThanOrEqual(0);
    });
});
