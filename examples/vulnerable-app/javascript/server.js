'use strict';

/**
 * Inventory API demo: Express application and entry point.
 */
const express = require('express');
const mongoose = require('mongoose');

const users = require('./routes/users');
const settings = require('./routes/settings');

const app = express();
app.use(express.json());
app.use('/users', users);
app.use('/settings', settings);

if (require.main === module) {
    mongoose.connect(process.env.MONGO_URL || 'mongodb://localhost:27017/inventory').then(() => {
        app.listen(process.env.PORT || 3000);
    });
}

module.exports = app;
