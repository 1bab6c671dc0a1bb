/**
 * Session middleware setup.
 */
'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());

app.use(session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
}));

// Return the signed-in user.
app.get('/whoami', async (req, res) => {
    return res.json({ user: req.session.user || 'anonymous' });
});

module.exports = app;
