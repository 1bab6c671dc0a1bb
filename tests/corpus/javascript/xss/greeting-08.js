/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

/** Return the configured default name. */
function defaultName() {
    return 'Team';
}

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    const name = defaultName();
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

module.exports = app;
