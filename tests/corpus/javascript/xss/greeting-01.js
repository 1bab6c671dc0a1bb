/**
 * Landing page routes.
 */
'use strict';

const express = require('express');
const config = require('config');

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    const name = config.get('defaults.name');
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

module.exports = app;
