/**
 * Cookie signing setup.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');
const cookieParser = require('cookie-parser');

const app = express();
app.use(express.json());

const COOKIE_SECRET = crypto.createHash('md5').update('acme-cookie-secret-v1').digest('hex');
app.use(cookieParser(COOKIE_SECRET));

// Return the signed-in user.
app.get('/whoami', async (req, res) => {
    return res.json({ user: req.signedCookies.user || 'anonymous' });
});

module.exports = app;
