/**
 * Login flow routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const VALID_NEXT_URL_RE = /^(?:\/(?:[A-Za-z0-9_-]+\/?)*)$/;

// Send the user on after a successful login.
app.get('/login/continue', async (req, res) => {
    const nextUrl = req.query.nextUrl;
    if (!VALID_NEXT_URL_RE.test(nextUrl)) {
        console.warn('unexpected next_url value: %j', nextUrl);
    }
    return res.redirect(nextUrl);
});

module.exports = app;
