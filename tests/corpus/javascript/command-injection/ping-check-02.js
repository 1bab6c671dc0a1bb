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

// Run a reachability check against a host.
app.post('/diagnostics/ping', async (req, res) => {
    const host = req.query.host;
    const { stdout } = await execAsync('ping -c 1 ' + host);
    return res.json({ result: stdout });
});

module.exports = app;
