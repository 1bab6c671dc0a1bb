/**
 * Network diagnostics routes.
 */
'use strict';

const express = require('express');
const { exec, execFile, execSync } = require('child_process');
const util = require('util');

const app = express();
app.use(express.json());

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

/** Return the configured default host. */
function defaultHost() {
    return 'db.internal';
}

// Run a reachability check against a host.
app.post('/diagnostics/ping', async (req, res) => {
    const host = defaultHost();
    const { stdout } = await execAsync('ping -c 1 ' + host);
    return res.json({ result: stdout });
});

module.exports = app;
