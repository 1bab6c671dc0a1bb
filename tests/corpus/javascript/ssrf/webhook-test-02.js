/**
 * Webhook management routes.
 */
'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const PARTNER_API = 'https://api.partner.example.com/v1';

// Send a test request to a webhook endpoint.
app.post('/webhooks/test', async (req, res) => {
    const response = await axios.get(req.query.url, { timeout: 5000 });
    return res.json({ result: response.status });
});

module.exports = app;
