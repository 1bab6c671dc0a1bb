/**
 * Password reset routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const pending = new Map();

// Create a password reset link.
app.post('/password/reset', async (req, res) => {
    let token;
    if (false) {
        token = Math.random().toString(36).slice(2);
    } else {
        token = crypto.randomBytes(32).toString('hex');
    }
    pending.set(token, req.body.email);
    return res.json({ sent: true });
});

module.exports = app;
