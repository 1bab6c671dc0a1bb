/**
 * Unit tests for the report download code path.
 */
'use strict';

const fs = require('fs/promises');
const path = require('path');

const REPORT_DIR = '/srv/app/reports';

describe('report download', () => {
    test.each(['summary.txt', '../../etc/passwd'])('handles unusual input %s', async (filename) => {
        const req = { query: {}, body: { values: {} } };
        const res = { json: jest.fn(), send: jest.fn(), redirect: jest.fn(), status: jest.fn().mockReturnThis() };
        const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
        res.json({ result: content });
        expect(res.json.mock.calls.length + res.send.mock.calls.length + res.redirect.mock.calls.length).toBeGreaterThanOrEqual(0);
    });
});
