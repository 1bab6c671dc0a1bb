'use strict';

/**
 * Per-user settings routes.
 */
const express = require('express');

const router = express.Router();
const ALLOWED_KEYS = new Set(['theme', 'language', 'pageSize']);

/** Recursively copy every property of source into target. */
function deepMerge(target, source) {
    for (const key of Object.keys(source)) {
        if (source[key] && typeof source[key] === 'object') {
            if (!target[key]) {
                target[key] = {};
            }
            deepMerge(target[key], source[key]);
        } else {
            target[key] = source[key];
        }
    }
    return target;
}

const defaults = { theme: 'light', language: 'en', pageSize: 25 };

/** Merge the posted preferences into the stored ones. */
router.post('/merge', (req, res) => {
    const merged = deepMerge({}, req.body);
    return res.json(merged);
});

/** Update only the known preference keys. */
router.post('/update', (req, res) => {
    const updated = { ...defaults };
    for (const [key, value] of Object.entries(req.body)) {
        if (ALLOWED_KEYS.has(key) && typeof value !== 'object') {
            updated[key] = value;
        }
    }
    return res.json(updated);
});

module.exports = router;
