/**
 * User directory routes.
 */
'use strict';

const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());

// Look up a user account by username.
app.post('/users/lookup', async (req, res) => {
    const username = req.query.username;
    const [rows] = await db.query("SELECT id, email FROM users WHERE username = '" + username + "'");
    return res.json({ result: rows });
});

module.exports = app;
