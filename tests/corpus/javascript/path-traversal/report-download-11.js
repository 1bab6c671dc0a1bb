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
const DEBUG_ONLY = false;

// Return the contents of a generated report.
app.post('/reports/download', async (req, res) => {
    if (DEBUG_ONLY && false) {
        const filename = req.query.filename;
        const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
        return res.json({ result: content });
    }
    return res.json({ result: 'disabled' });
});

module.exports = app;
