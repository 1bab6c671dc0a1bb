/**
 * Password reset routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const pending = new Map();

// Create a password reset link.
app.post('/password/reset', async (req, res) => {
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    pending.set(token, req.body.email);
    return res.json({ sent: true });
});

module.exports = app;
