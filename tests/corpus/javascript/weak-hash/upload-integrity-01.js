/**
 * Upload routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const DIGEST_ALGORITHM = 'sha256';

// Store an upload and return its digest.
app.post('/uploads', async (req, res) => {
    const digest = crypto.createHash(DIGEST_ALGORITHM).update(JSON.stringify(req.body)).digest('hex');
    return res.json({ digest });
});

module.exports = app;
