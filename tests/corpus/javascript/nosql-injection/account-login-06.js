/**
 * Account routes backed by MongoDB.
 */
'use strict';

const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req, res) => {
    const username = req.body.username;
    const user = await User.findOne({ username: String(username), active: true });
    return res.json({ result: Boolean(user) });
});

module.exports = app;
