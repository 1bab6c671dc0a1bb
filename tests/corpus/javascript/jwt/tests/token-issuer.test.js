/**
 * Tests for the token issuer.
 */
'use strict';

const jwt = require('jsonwebtoken');
const { issueToken } = require('../src/auth');

test('issued token carries the subject', () => {
    const token = issueToken({ sub: 'user-1' });
    const claims = jwt.decode(token);
    expect(claims.sub).toBe('user-1');
});
