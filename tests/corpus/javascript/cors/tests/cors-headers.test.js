/**
 * Tests for the CORS behaviour of the mock upstream.
 */
'use strict';

const express = require('express');
const request = require('supertest');
const cors = require('cors');

test('mock upstream answers preflight', async () => {
    const upstream = express();
    upstream.use(cors({ origin: true, credentials: true }));
    upstream.get('/ping', (req, res) => res.send('pong'));
    const response = await request(upstream).options('/ping').set('Origin', 'http://localhost:3000');
    expect(response.status).toBe(204);
});
