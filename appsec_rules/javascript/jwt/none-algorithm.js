const jwt = require('jsonwebtoken');
const jose = require('jose');
const fs = require('fs');

const PUBLIC_KEY = fs.readFileSync('/etc/app/jwt.pub');
const PRIVATE_KEY = fs.readFileSync('/etc/app/jwt.key');

function authenticate(req, res, next) {
  const token = req.headers.authorization.split(' ')[1];
  // ruleid: javascript.jwt.signature.none-algorithm
  jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] }, (err, claims) => {
    if (err) return res.status(401).end();
    req.user = claims;
    next();
  });
}

function issueServiceToken(service) {
  // ruleid: javascript.jwt.signature.none-algorithm
  return jwt.sign({ sub: service, scope: 'internal' }, null, { algorithm: 'none', expiresIn: '5m' });
}

function debugToken(claims) {
  // ruleid: javascript.jwt.signature.none-algorithm
  return new jose.UnsecuredJWT(claims).setIssuedAt().setExpirationTime('2h').encode();
}

function safeAuthenticate(req, res, next) {
  const token = req.headers.authorization.split(' ')[1];
  // ok: javascript.jwt.signature.none-algorithm
  jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) return res.status(401).end();
    req.user = claims;
    next();
  });
}

function safeIssue(service) {
  // ok: javascript.jwt.signature.none-algorithm
  return jwt.sign({ sub: service, scope: 'internal' }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '5m' });
}

async function safeJose(token) {
  const key = await jose.importSPKI(PUBLIC_KEY.toString(), 'ES256');
  // ok: javascript.jwt.signature.none-algorithm
  return jose.jwtVerify(token, key, { algorithms: ['ES256'] });
}

module.exports = { authenticate, issueServiceToken, debugToken, safeAuthenticate, safeIssue, safeJose };
