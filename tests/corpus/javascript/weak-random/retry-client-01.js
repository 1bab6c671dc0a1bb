/**
 * Inventory sync with retry and backoff.
 */
'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const UPSTREAM = 'https://inventory.example.com/api/items';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET with exponential backoff and jitter to avoid thundering herds. */
async function fetchWithBackoff(url, attempts = 5) {
    let delay = 500;
    for (let i = 0; i < attempts; i += 1) {
        try {
            return await axios.get(url, { timeout: 10000 });
        } catch (err) {
            await sleep(delay * (0.5 + Math.random()));
            delay *= 2;
        }
    }
    throw new Error('upstream unavailable');
}

// Pull inventory from the upstream API.
app.post('/inventory/sync', async (req, res) => {
    const response = await fetchWithBackoff(UPSTREAM);
    return res.json({ status: response.status });
});

module.exports = app;
