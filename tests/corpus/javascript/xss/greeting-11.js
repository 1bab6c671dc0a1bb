/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    const mode = req.query.mode;
    const name = mode === 'archive' ? 'Visitor' : 'Guest';
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

module.exports = app;
