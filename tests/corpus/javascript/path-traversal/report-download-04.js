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

// Return the contents of a generated report.
app.post('/reports/download', async (req, res) => {
    const mode = req.body.mode;
    let filename = 'summary.txt';
    if (mode === 'custom') {
        filename = req.body.filename;
    }
    const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
    return res.json({ result: content });
});

module.exports = app;
