/**
 * Account API with hand-written CORS headers.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const TRUSTED_ORIGINS = new Set(['https://app.example.com']);

/** Allow the first-party front-end to read responses. */
function allowCaller(req, res, next) {
    const origin = req.headers.origin;
    if (TRUSTED_ORIGINS.has(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Allow-Credentials', 'true');
        res.setHeader('Vary', 'Origin');
    }
    next();
}

// Return account details.
app.get('/api/account', allowCaller, async (req, res) => {
    return res.json({ account: req.user || null });
});

module.exports = app;
