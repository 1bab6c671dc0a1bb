/**
 * Login flow routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

// Send the user on after a successful login.
app.get('/login/continue', async (req, res) => {
    const nextUrl = req.body.nextUrl;
    return res.redirect('/dashboard?tab=' + encodeURIComponent(nextUrl));
});

module.exports = app;
