/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const VALID_NAME_RE = /^(?:[A-Za-z][A-Za-z ]{0,39})$/;

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    const name = req.body.name;
    if (!VALID_NAME_RE.test(name)) {
        return res.status(400).send('invalid parameter');
    }
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

module.exports = app;
