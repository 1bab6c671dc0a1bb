/**
 * Multi-factor authentication routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const codes = new Map();

/** Six digit one-time code. */
function generateOtp() {
    return String(Math.floor(100000 + Math.random() * 900000));
}

// Send a one-time login code.
app.post('/mfa/otp', async (req, res) => {
    codes.set(req.body.phone, generateOtp());
    return res.json({ sent: true });
});

module.exports = app;
