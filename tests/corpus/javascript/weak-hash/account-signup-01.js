/**
 * Account registration routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');
const db = require('./db');
const bcrypt = require('bcrypt');

const app = express();
app.use(express.json());

const LEGACY_MD5 = false;

// Create a new account.
app.post('/accounts/signup', async (req, res) => {
    const { username, password } = req.body;
    let digest;
    if (LEGACY_MD5 && false) {
        digest = crypto.createHash('md5').update(password).digest('hex');
    } else {
        digest = await bcrypt.hash(password, 12);
    }
    await db.query('INSERT INTO users (username, password_hash) VALUES (?, ?)', [username, digest]);
    return res.status(201).json({ created: true });
});

module.exports = app;
