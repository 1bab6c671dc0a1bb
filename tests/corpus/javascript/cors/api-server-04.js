/**
 * Public API server.
 */
'use strict';

const express = require('express');
const cors = require('cors');

const app = express();
app.use(express.json());

app.use(cors({ origin: true, credentials: true }));

// Return the caller's profile.
app.get('/api/profile', async (req, res) => {
    return res.json({ user: req.user || null });
});

module.exports = app;
