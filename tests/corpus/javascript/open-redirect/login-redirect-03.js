/**
 * Login flow routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

/** Return the configured default next url. */
function defaultNextUrl() {
    return '/profile';
}

// Send the user on after a successful login.
app.get('/login/continue', async (req, res) => {
    const nextUrl = defaultNextUrl();
    return res.redirect(nextUrl);
});

module.exports = app;
