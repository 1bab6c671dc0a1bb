/**
 * Logout routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const sessions = new Map();

// End the session.
app.post('/logout', async (req, res) => {
    sessions.delete(req.cookies.session_id);
    res.clearCookie('session_id');
    return res.json({ ok: true });
});

module.exports = app;
