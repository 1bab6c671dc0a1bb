/**
 * Report download routes.
 */
'use strict';

const express = require('express');
const fs = require('fs/promises');
const path = require('path');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.json());

const REPORT_DIR = '/srv/app/reports';

// Return the contents of a generated report.
app.post('/reports/download', async (req, res) => {
    const filename = escapeHtml(req.query.filename);
    const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
    return res.json({ result: content });
});

module.exports = app;
