const crypto = require('crypto');

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'static-salt', 32);

function encryptUserId(id) {
  // ruleid: javascript.crypto.weak-cipher.ecb-mode
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return Buffer.concat([cipher.update(String(id)), cipher.final()]).toString('base64url');
}

function decryptUserId(token) {
  // ruleid: javascript.crypto.weak-cipher.ecb-mode
  const decipher = crypto.createDecipheriv('AES-128-ECB', KEY.subarray(0, 16), Buffer.alloc(0));
  return Buffer.concat([decipher.update(Buffer.from(token, 'base64url')), decipher.final()]).toString();
}

const MODE = 'aes-192-ecb';
function encryptBlock(block) {
  // ruleid: javascript.crypto.weak-cipher.ecb-mode
  const c = crypto.createCipheriv(MODE, KEY.subarray(0, 24), null);
  c.setAutoPadding(false);
  return c.update(block);
}

function safeEncrypt(text) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher.ecb-mode
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

function safeCtr(data) {
  const iv = crypto.randomBytes(16);
  // ok: javascript.crypto.weak-cipher.ecb-mode
  const c = crypto.createCipheriv('aes-256-ctr', KEY, iv);
  return { iv, data: Buffer.concat([c.update(data), c.final()]) };
}

function safeWrap(keyToWrap) {
  // ok: javascript.crypto.weak-cipher.ecb-mode
  const c = crypto.createCipheriv('id-aes256-wrap', KEY, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
  return Buffer.concat([c.update(keyToWrap), c.final()]);
}

module.exports = { encryptUserId, decryptUserId, encryptBlock, safeEncrypt, safeCtr, safeWrap };
