/**
 * Unit tests for the ping check code path.
 */
'use strict';

const { exec, execFile, execSync } = require('child_process');
const util = require('util');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

describe('ping check', () => {
    test.each(['localhost', '127.0.0.1; cat /etc/passwd'])('handles unusual input %s', async (host) => {
        const req = { query: {}, body: { values: {} } };
        const res = { json: jest.fn(), send: jest.fn(), redirect: jest.fn(), status: jest.fn().mockReturnThis() };
        const { stdout } = await execAsync('ping -c 1 ' + host);
        res.json({ result: stdout });
        expect(res.json.mock.calls.length + res.send.mock.calls.length + res.redirect.mock.calls.length).toBeGreaterThanOrEqual(0);
    });
});
