/**
 * Landing page routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const VALID_NAME_RE = /^(?:[A-Za-z][A-Za-z ]{0,39})$/;

/** Check that the value only contains expected characters. */
function isValidName(value) {
    return VALID_NAME_RE.test(value);
}

// Render a personalised greeting.
app.get('/greet', async (req, res) => {
    const name = req.query.name;
    const isValid = isValidName(name);
    console.debug('validation result for %s: %s', 'name', isValid);
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

module.exports = app;
