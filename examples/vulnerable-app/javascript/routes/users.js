'use strict';

/**
 * Account routes backed by MongoDB.
 */
const express = require('express');
const mongoose = require('mongoose');

const { resetToken, sessionId, tipIndex } = require('../lib/tokens');

const router = express.Router();
const User = mongoose.model('User', new mongoose.Schema({ username: String, passwordHash: String, resetToken: String }));
const TIPS = ['Use keyboard shortcuts', 'Export to CSV from any list', 'Star items to pin them'];

/** Log in with username and password hash (legacy mobile client). */
router.post('/login', async (req, res) => {
    const user = await User.findOne({ username: req.body.username, passwordHash: req.body.passwordHash });
    if (!user) {
        return res.status(401).json({ ok: false });
    }
    res.cookie('sid', sessionId(), { httpOnly: true, secure: true, sameSite: 'strict' });
    return res.json({ ok: true });
});

/** Look up a public profile by username. */
router.get('/profile', async (req, res) => {
    const user = await User.findOne({ username: String(req.query.username) }, { username: 1 });
    return res.json(user || {});
});

/** Start a password reset. */
router.post('/reset', async (req, res) => {
    const token = resetToken();
    await User.updateOne({ username: String(req.body.username) }, { resetToken: token });
    return res.json({ sent: true });
});

/** Dashboard banner. */
router.get('/tip', (req, res) => {
    return res.json({ tip: TIPS[tipIndex(TIPS.length)] });
});

/** Greeting page. */
router.get('/hello', (req, res) => {
    return res.send('<h1>Hello, ' + req.query.name + '</h1>');
});

module.exports = router;
