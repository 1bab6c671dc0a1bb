/**
 * Session helper routes.
 */
'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

// Tell the SPA when to refresh its own access token.
app.get('/session/refresh-hint', async (req, res) => {
    const token = req.cookies.access_token || '';
    const { exp } = jwt.decode(token) || {};
    return res.json({ refreshInSeconds: exp ? Math.max(0, exp - Math.floor(Date.now() / 1000) - 60) : 0 });
});

module.exports = app;
