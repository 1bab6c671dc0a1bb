/**
 * Homepage routes.
 */
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const TILES = ['news', 'offers', 'events', 'blog', 'support'];

// Return homepage tiles in a varied order.
app.get('/home/tiles', async (req, res) => {
    const tiles = [...TILES];
    for (let i = tiles.length - 1; i > 0; i -= 1) {
        const j = Math.floor(Math.random() * (i + 1));
        [tiles[i], tiles[j]] = [tiles[j], tiles[i]];
    }
    return res.json({ tiles });
});

module.exports = app;
