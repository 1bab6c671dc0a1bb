const express = require('express');
const cors = require('cors');
const Koa = require('koa');
const koaCors = require('@koa/cors');

const app = express();

// ruleid: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: true, credentials: true }));

const api = express.Router();
api.use(
  // ruleid: javascript.cors.permissive.cors-middleware-credentials
  cors({
    origin: (origin, callback) => callback(null, true),
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
  }),
);

const koa = new Koa();
// ruleid: javascript.cors.permissive.cors-middleware-credentials
koa.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));

// ruleid: javascript.cors.permissive.cors-middleware-credentials
app.options('/api/*', cors({ origin: /.*/, credentials: true }));

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

// ok: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: ALLOWED_ORIGINS, credentials: true }));

api.use(
  // ok: javascript.cors.permissive.cors-middleware-credentials
  cors({
    origin(origin, callback) {
      if (!origin || ALLOWED_ORIGINS.includes(origin)) return callback(null, true);
      return callback(new Error('origin not allowed'));
    },
    credentials: true,
  }),
);

const publicApi = express.Router();
// ok: javascript.cors.permissive.cors-middleware-credentials
publicApi.use(cors({ origin: '*', methods: ['GET'] }));

// ok: javascript.cors.permissive.cors-middleware-credentials
app.use('/assets', cors());

// unanchored regular expressions also match https://example.com.evil.net or https://evilexample.com
// ruleid: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: /example\.com/, credentials: true }));

// ruleid: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: /^https:\/\/app\.example\.com/, credentials: true }));

// anchored at both ends
// ok: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: /^https:\/\/(app|admin)\.example\.com$/, credentials: true }));

// only subdomains of example.com
// ok: javascript.cors.permissive.cors-middleware-credentials
app.use(cors({ origin: /\.example\.com$/, credentials: true }));

const OPEN_CORS = false;
if (OPEN_CORS && false) {
  // ok: javascript.cors.permissive.cors-middleware-credentials
  app.use(cors({ origin: true, credentials: true }));
}

module.exports = { app, api, koa, publicApi };
