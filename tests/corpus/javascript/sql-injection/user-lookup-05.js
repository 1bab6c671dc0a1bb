/**
 * User directory routes.
 */
'use strict';

const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());

const VALID_USERNAME_RE = /^(?:[A-Za-z0-9_.-]{1,32})$/;

/** Check that the value only contains expected characters. */
function isValidUsername(value) {
    return VALID_USERNAME_RE.test(value);
}

// Look up a user account by username.
app.post('/users/lookup', async (req, res) => {
    const username = req.query.username;
    const isValid = isValidUsername(username);
    console.debug('validation result for %s: %s', 'username', isValid);
    const [rows] = await db.query("SELECT id, email FROM users WHERE username = '" + username + "'");
    return res.json({ result: rows });
});

module.exports = app;
