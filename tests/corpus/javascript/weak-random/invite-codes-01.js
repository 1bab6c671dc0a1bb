/**
 * Team invitation routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const invites = new Map();

// Create an invitation code.
app.post('/invites', async (req, res) => {
    const code = crypto.randomBytes(9).toString('base64url');
    invites.set(code, req.body.team);
    return res.json({ code });
});

module.exports = app;
