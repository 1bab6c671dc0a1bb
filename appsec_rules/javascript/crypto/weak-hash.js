const crypto = require('crypto');
const { createHash } = require('node:crypto');

function fileChecksum(buffer) {
  // ruleid: javascript.crypto.weak-hash.md5-sha1
  return crypto.createHash('md5').update(buffer).digest('hex');
}

function legacyPasswordDigest(password, salt) {
  // ruleid: javascript.crypto.weak-hash.md5-sha1
  return createHash("sha1").update(salt + password).digest('base64');
}

const SIGNING_DIGEST = 'MD5';
function signPayload(payload, secret) {
  // ruleid: javascript.crypto.weak-hash.md5-sha1
  const h = crypto.createHash(SIGNING_DIGEST);
  h.update(secret);
  h.update(JSON.stringify(payload));
  return h.digest('hex');
}

function apiKeyFingerprint(key) {
  // ruleid: javascript.crypto.weak-hash.md5-sha1
  return crypto.hash('sha1', key);
}

function safeChecksum(buffer) {
  // ok: javascript.crypto.weak-hash.md5-sha1
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function safeWebhookSignature(body, secret) {
  // ok: javascript.crypto.weak-hash.md5-sha1
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

function safeContentHash(data) {
  // ok: javascript.crypto.weak-hash.md5-sha1
  return createHash('sha3-512').update(data).digest('base64url');
}


const LEGACY_MD5 = false;

// MD5 only names the response body for HTTP caching
function serveAsset(res, body) {
  // ok: javascript.crypto.weak-hash.md5-sha1
  const etag = crypto.createHash('md5').update(body).digest('hex');
  res.set('ETag', `"${etag}"`);
  return res.send(body);
}

// compact cache key derived from request parameters
function reportCacheKey(params) {
  // ok: javascript.crypto.weak-hash.md5-sha1
  return crypto.createHash('md5').update(JSON.stringify(params)).digest('base64url');
}

function legacyDigest(password) {
  if (LEGACY_MD5) {
    // ok: javascript.crypto.weak-hash.md5-sha1
    return crypto.createHash('md5').update(password).digest('hex');
  }
  return crypto.createHash('sha256').update(password).digest('hex');
}

module.exports = { fileChecksum, legacyPasswordDigest, signPayload, apiKeyFingerprint, safeChecksum, safeWebhookSignature, safeContentHash };
