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
    const username = req.body.username;
    const sql = `SELECT id, email FROM users WHERE username = '${username}' ORDER BY id`;
    const [rows] = await db.query(sql);
    return res.json({ result: rows });
});

module.exports = app;
