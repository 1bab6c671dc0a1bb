const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;

const app = express();

app.use(
  // ruleid: javascript.cookie.insecure.session-cookie-config
  session({
    store: new RedisStore({ client: redisClient }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, maxAge: 3600 * 1000 },
  }),
);

const adminApp = express();
adminApp.use(
  // ruleid: javascript.cookie.insecure.session-cookie-config
  session({
    name: 'admin.sid',
    secret: process.env.ADMIN_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);

const legacy = express();
legacy.use(
  // ruleid: javascript.cookie.insecure.session-cookie-config
  cookieSession({
    name: 'session',
    keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2],
    secure: true,
    httpOnly: true,
  }),
);

const safeApp = express();
safeApp.set('trust proxy', 1);
safeApp.use(
  // ok: javascript.cookie.insecure.session-cookie-config
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600 * 1000 },
  }),
);

const cookieOptions = { secure: process.env.NODE_ENV === 'production', httpOnly: true };
safeApp.use(
  // ok: javascript.cookie.insecure.session-cookie-config
  session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: cookieOptions }),
);

safeApp.use(
  // ok: javascript.cookie.insecure.session-cookie-config
  cookieSession({ name: 'prefs', keys: [process.env.COOKIE_KEY_1], secure: true, sameSite: 'strict' }),
);
