/**
 * Account API with hand-written CORS headers.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

/** Allow the calling front-end to read responses. */
function allowCaller(req, res, next) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
}

// Return account details.
app.get('/api/account', allowCaller, async (req, res) => {
    return res.json({ account: req.user || null });
});

module.exports = app;
