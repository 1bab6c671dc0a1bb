const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');

const app = express();

// ruleid: javascript.secrets.hardcoded.signing-secret
app.use(cookieParser('cookie-signing-key-2023'));

app.use(
  session({
    // ruleid: javascript.secrets.hardcoded.signing-secret
    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

function issueToken(user) {
  // ruleid: javascript.secrets.hardcoded.signing-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'super-secret-jwt-key', { algorithm: 'HS256', expiresIn: '1h' });
}

function signWebhook(body) {
  // ruleid: javascript.secrets.hardcoded.signing-secret
  return crypto.createHmac('sha256', 'whsec_9f8e7d6c5b4a').update(body).digest('hex');
}

function safeIssueToken(user) {
  // ok: javascript.secrets.hardcoded.signing-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

const safeApp = express();
safeApp.use(
  session({
    // ok: javascript.secrets.hardcoded.signing-secret
    secret: process.env.SESSION_SECRET.split(','),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true },
  }),
);

function safeSignWebhook(body, secret) {
  // ok: javascript.secrets.hardcoded.signing-secret
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

// ok: javascript.secrets.hardcoded.signing-secret
safeApp.use(cookieParser(process.env.COOKIE_SECRET));

module.exports = { app, issueToken, signWebhook, safeIssueToken, safeApp, safeSignWebhook };
