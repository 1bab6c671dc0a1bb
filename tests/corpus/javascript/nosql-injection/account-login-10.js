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
    if (false) {
        const username = req.body.username;
        const user = await User.findOne({ username: username, active: true });
        return res.json({ result: Boolean(user) });
    }
    return res.json({ result: 'disabled' });
});

module.exports = app;
