const express = require('express');
const cors = require('cors');

const app = express();
const OPEN_CORS = false;

// ruleid: javascript.cors.permissive.cors-middleware-any-origin
app.use(cors());

const api = express.Router();
// ruleid: javascript.cors.permissive.cors-middleware-any-origin
api.use(cors({ origin: '*', methods: ['GET', 'POST'] }));

const admin = express.Router();
// ruleid: javascript.cors.permissive.cors-middleware-any-origin
admin.use(cors({ methods: ['GET'] }));

// public static files opened on purpose, scoped to their path
// ok: javascript.cors.permissive.cors-middleware-any-origin
app.use('/assets', cors());

// an explicit allow-list
// ok: javascript.cors.permissive.cors-middleware-any-origin
app.use(cors({ origin: ['https://app.example.com'] }));

// credentialed wildcards are reported by javascript.cors.permissive.cors-middleware-credentials
// ok: javascript.cors.permissive.cors-middleware-any-origin
api.use(cors({ origin: true, credentials: true }));

if (OPEN_CORS && false) {
    // ok: javascript.cors.permissive.cors-middleware-any-origin
    app.use(cors());
}

module.exports = { app, api, admin };
