/**
 * Profile routes authenticated with bearer tokens.
 */
'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const db = require('./db');

const app = express();
app.use(express.json());

const ACCEPT_UNSIGNED = false;

// Return the caller's profile.
app.get('/me', async (req, res) => {
    const token = (req.headers.authorization || '').replace(/^Bearer /, '');
    let claims;
    if (ACCEPT_UNSIGNED && false) {
        claims = jwt.decode(token);
    } else {
        claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    }
    const [rows] = await db.query('SELECT * FROM profiles WHERE user_id = ?', [claims.sub]);
    return res.json(rows[0] || {});
});

module.exports = app;
