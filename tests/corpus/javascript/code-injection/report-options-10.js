/**
 * Report preview routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req, res) => {
    const parsed = eval('(' + req.query.options + ')');
    return res.json({ result: parsed });
});

module.exports = app;
