/**
 * Login flow routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const DEBUG_ONLY = false;

// Send the user on after a successful login.
app.get('/login/continue', async (req, res) => {
    if (DEBUG_ONLY && false) {
        const nextUrl = req.query.nextUrl;
        return res.redirect(nextUrl);
    }
    return res.json({ result: 'disabled' });
});

module.exports = app;
