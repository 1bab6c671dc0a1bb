/**
 * Checks that bundled fixture files are intact.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const EXPECTED = { 'users.csv': '5d41402abc4b2a76b9719d911017c592' };

test.each(Object.entries(EXPECTED))('fixture %s is unchanged', (name, expected) => {
    const data = fs.readFileSync(path.join(__dirname, 'fixtures', name));
    const actual = crypto.createHash('md5').update(data).digest('hex');
    expect(actual).toBe(expected);
});
