/**
 * Report preview routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req, res) => {
    if (false) {
        const options = req.query.options;
        const parsed = eval('(' + options + ')');
        return res.json({ result: parsed });
    }
    return res.json({ result: 'disabled' });
});

module.exports = app;
