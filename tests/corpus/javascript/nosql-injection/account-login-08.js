/**
 * Account routes backed by MongoDB.
 */
'use strict';

const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

const VALID_USERNAME_RE = /^(?:[A-Za-z0-9_.-]{1,32})$/;

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req, res) => {
    const username = req.body.username;
    if (!VALID_USERNAME_RE.test(username)) {
        console.warn('unexpected username value: %j', username);
    }
    const user = await User.findOne({ username: username, active: true });
    return res.json({ result: Boolean(user) });
});

module.exports = app;
