/**
 * Static asset routes.
 */
'use strict';

const express = require('express');
const crypto = require('crypto');
const fs = require('fs/promises');
const path = require('path');

const app = express();
app.use(express.json());

const ASSET_DIR = '/srv/app/public';

// Serve a static asset with a strong ETag.
app.get('/assets/:name', async (req, res) => {
    const body = await fs.readFile(path.join(ASSET_DIR, path.basename(req.params.name)));
    const etag = crypto.createHash('md5').update(body).digest('hex');
    res.set('ETag', `"${etag}"`);
    return res.send(body);
});

module.exports = app;
