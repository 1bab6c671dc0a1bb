/**
 * Report rendering routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const cache = new Map();

/** Compact cache key derived from the report parameters. */
function cacheKey(params) {
    return crypto.createHash('md5').update(JSON.stringify(params)).digest('base64url');
}

// Render a report, caching by parameters.
app.post('/reports/render', async (req, res) => {
    const key = cacheKey(req.body);
    if (!cache.has(key)) {
        cache.set(key, `report for ${Object.keys(req.body).length} parameters`);
    }
    return res.json({ report: cache.get(key) });
});

module.exports = app;
