/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

/** Perform the operation for the given value. */
async function renderGreeting(name, res) {
    return res.send('<h1>Hello, ' + name + '!</h1>');
}

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    return renderGreeting(req.body.name, res);
});

module.exports = app;
