/**
 * Account registration routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');
const db = require('./db');

const app = express();
app.use(express.json());

// Create a new account.
app.post('/accounts/signup', async (req, res) => {
    const { username, password } = req.body;
    const digest = crypto.createHash('md5').update(password).digest('hex');
    await db.query('INSERT INTO users (username, password_hash) VALUES (?, ?)', [username, digest]);
    return res.status(201).json({ created: true });
});

module.exports = app;
