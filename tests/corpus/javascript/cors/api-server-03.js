/**
 * Public API server.
 */
'use strict';

const express = require('express');
const cors = require('cors');

const app = express();
app.use(express.json());

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];
app.use(cors({ origin: ALLOWED_ORIGINS, credentials: true }));

// Return the caller's profile.
app.get('/api/profile', async (req, res) => {
    return res.json({ user: req.user || null });
});

module.exports = app;
