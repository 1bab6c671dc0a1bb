/**
 * User directory routes.
 */
'use strict';

const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());

const USERNAME_BY_KEY = new Map([
    ['default', 'alice'],
    ['secondary', 'bob'],
    ['archive', 'reporting'],
]);

// Look up a user account by username.
app.post('/users/lookup', async (req, res) => {
    const username = USERNAME_BY_KEY.get(req.body.key) ?? 'alice';
    const [rows] = await db.query("SELECT id, email FROM users WHERE username = '" + username + "'");
    return res.json({ result: rows });
});

module.exports = app;
