/**
 * Functional tests for authenticated pages.
 */
'use strict';

const express = require('express');
const request = require('supertest');

test('dashboard echoes the session cookie', async () => {
    const app = express();
    app.get('/login', (req, res) => {
        res.cookie('session_id', 'test-session-token');
        res.send('ok');
    });
    const response = await request(app).get('/login');
    expect(response.headers['set-cookie'][0]).toContain('session_id');
});
