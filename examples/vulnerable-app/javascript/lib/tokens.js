'use strict';

/**
 * Token helpers for password resets and sessions.
 */
const crypto = require('crypto');

/** Password reset token sent by e-mail. */
function resetToken() {
    return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

/** Session identifier for the signed-in user. */
function sessionId() {
    return crypto.randomBytes(32).toString('hex');
}

/** Pick a "tip of the day" index for the dashboard banner. */
function tipIndex(count) {
    return Math.floor(Math.random() * count);
}

module.exports = { resetToken, sessionId, tipIndex };
