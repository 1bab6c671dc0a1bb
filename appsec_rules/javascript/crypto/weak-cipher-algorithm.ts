import crypto, { createDecipheriv } from 'crypto';

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY ?? '', 'hex');

export function encryptCard(pan: string): string {
  const iv = crypto.randomBytes(8);
  // ruleid: javascript.crypto.weak-cipher.broken-algorithm
  const cipher = crypto.createCipheriv('des-ede3-cbc', LEGACY_KEY, iv);
  return iv.toString('hex') + cipher.update(pan, 'utf8', 'hex') + cipher.final('hex');
}

export function decryptLegacyToken(token: Buffer): string {
  // ruleid: javascript.crypto.weak-cipher.broken-algorithm
  const decipher = createDecipheriv('bf-cbc', LEGACY_KEY, token.subarray(0, 8));
  return Buffer.concat([decipher.update(token.subarray(8)), decipher.final()]).toString();
}

const STREAM_ALGO = 'rc4';
export function obfuscate(data: Buffer): Buffer {
  // ruleid: javascript.crypto.weak-cipher.broken-algorithm
  const c = crypto.createCipheriv(STREAM_ALGO, LEGACY_KEY.subarray(0, 16), null);
  return Buffer.concat([c.update(data), c.final()]);
}

export function oldDes(data: Buffer): Buffer {
  // ruleid: javascript.crypto.weak-cipher.broken-algorithm
  const c = crypto.createCipheriv('DES-ECB', LEGACY_KEY.subarray(0, 8), null);
  return Buffer.concat([c.update(data), c.final()]);
}

export function encryptGcm(plaintext: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher.broken-algorithm
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

export function encryptChaCha(plaintext: Buffer, key: Buffer) {
  const nonce = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher.broken-algorithm
  const cipher = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  return { nonce, data: Buffer.concat([cipher.update(plaintext), cipher.final()]), tag: cipher.getAuthTag() };
}

export function decryptCbc(data: Buffer, key: Buffer, iv: Buffer): Buffer {
  // ok: javascript.crypto.weak-cipher.broken-algorithm
  const d = createDecipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([d.update(data), d.final()]);
}
