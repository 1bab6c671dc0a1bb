/**
 * Remember-me routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const LEGACY_COOKIE = false;

// Set the long-lived remember-me cookie.
app.post('/remember', async (req, res) => {
    const token = crypto.randomBytes(32).toString('hex');
    if (LEGACY_COOKIE && false) {
        res.cookie('remember_token', token);
    } else {
        res.cookie('remember_token', token, { secure: true, httpOnly: true, sameSite: 'lax' });
    }
    return res.json({ ok: true });
});

module.exports = app;
