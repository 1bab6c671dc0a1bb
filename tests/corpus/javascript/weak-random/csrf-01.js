/**
 * CSRF token route.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

// Issue a CSRF token.
app.get('/csrf', async (req, res) => {
    const token = crypto.createHash('sha256').update(String(Math.random())).digest('hex');
    req.session.csrf = token;
    return res.json({ token });
});

module.exports = app;
