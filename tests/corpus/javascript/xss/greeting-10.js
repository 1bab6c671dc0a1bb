/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    return res.send('<h1>Hello, ' + req.query.name + '!</h1>');
});

module.exports = app;
