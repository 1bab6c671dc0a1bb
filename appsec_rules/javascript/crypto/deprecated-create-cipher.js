const crypto = require('crypto');
const { createDecipher } = require('crypto');

function encryptNote(text, password) {
  // ruleid: javascript.crypto.weak-cipher.create-cipher-without-iv
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decryptNote(hex, password) {
  // ruleid: javascript.crypto.weak-cipher.create-cipher-without-iv
  const decipher = createDecipher('aes-256-cbc', password);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

class Vault {
  constructor(secret) {
    this.secret = secret;
  }

  seal(value) {
    // ruleid: javascript.crypto.weak-cipher.create-cipher-without-iv
    const c = crypto.createCipher('aes192', this.secret);
    return Buffer.concat([c.update(JSON.stringify(value)), c.final()]);
  }
}

function safeEncryptNote(text, password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 32);
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher.create-cipher-without-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { salt, iv, tag: cipher.getAuthTag(), data };
}

function safeDecryptNote({ salt, iv, tag, data }, password) {
  const key = crypto.scryptSync(password, salt, 32);
  // ok: javascript.crypto.weak-cipher.create-cipher-without-iv
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function safeHmac(value, key) {
  // ok: javascript.crypto.weak-cipher.create-cipher-without-iv
  return crypto.createHmac('sha256', key).update(value).digest('hex');
}

module.exports = { encryptNote, decryptNote, Vault, safeEncryptNote, safeDecryptNote, safeHmac };
