/**
 * Webhook management routes.
 */
'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const PARTNER_API = 'https://api.partner.example.com/v1';
const URL_BY_KEY = new Map([
    ['default', 'https://status.example.com/health'],
    ['secondary', 'https://api.example.com/v1/ping'],
    ['archive', 'https://hooks.example.com/test'],
]);

// Send a test request to a webhook endpoint.
app.post('/webhooks/test', async (req, res) => {
    const url = URL_BY_KEY.get(req.query.key) ?? 'https://status.example.com/health';
    const response = await axios.get(url, { timeout: 5000 });
    return res.json({ result: response.status });
});

module.exports = app;
