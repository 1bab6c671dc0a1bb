/**
 * Report download routes.
 */
'use strict';

const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const app = express();
app.use(express.json());

const REPORT_DIR = '/srv/app/reports';
const FILENAME_BY_KEY = new Map([
    ['default', 'summary.txt'],
    ['secondary', 'weekly.txt'],
    ['archive', 'monthly.txt'],
]);

// Return the contents of a generated report.
app.post('/reports/download', async (req, res) => {
    const filename = FILENAME_BY_KEY.get(req.body.key) ?? 'summary.txt';
    const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
    return res.json({ result: content });
});

module.exports = app;
