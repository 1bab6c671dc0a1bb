/**
 * Settings routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const settings = { display: {}, notifications: {}, privacy: {} };
const SECTION_BY_KEY = new Map([
    ['default', 'display'],
    ['secondary', 'notifications'],
    ['archive', 'privacy'],
]);

// Update one section of the user's settings.
app.post('/settings/update', async (req, res) => {
    const section = SECTION_BY_KEY.get(req.body.key) ?? 'display';
    Object.assign(settings[section], req.body.values);
    return res.json({ result: 'saved' });
});

module.exports = app;
