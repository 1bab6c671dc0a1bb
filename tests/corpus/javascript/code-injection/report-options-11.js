/**
 * Report preview routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const OPTIONS_BY_KEY = new Map([
    ['default', '{"limit": 10}'],
    ['secondary', '{"limit": 25}'],
    ['archive', '{"limit": 50}'],
]);

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req, res) => {
    const options = OPTIONS_BY_KEY.get(req.query.key) ?? '{"limit": 10}';
    const parsed = eval('(' + options + ')');
    return res.json({ result: parsed });
});

module.exports = app;
