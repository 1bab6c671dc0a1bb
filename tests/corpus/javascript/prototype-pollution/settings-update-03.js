/**
 * Settings routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const settings = { display: {}, notifications: {}, privacy: {} };

/** Sanitise the section before it is used. */
function sanitizeSection(value) {
    return String(value).trim();
}

// Update one section of the user's settings.
app.post('/settings/update', async (req, res) => {
    const section = sanitizeSection(req.body.section);
    Object.assign(settings[section], req.body.values);
    return res.json({ result: 'saved' });
});

module.exports = app;
