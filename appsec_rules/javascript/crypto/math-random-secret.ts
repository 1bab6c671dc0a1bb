import crypto from 'crypto';
import { Request, Response, Router } from 'express';

const router = Router();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export function generateResetToken(length = 32): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // ruleid: javascript.crypto.weak-random.math-random-secret
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

router.post('/invites', async (req: Request, res: Response) => {
  // ruleid: javascript.crypto.weak-random.math-random-secret
  const inviteCode = Math.random().toString(36).slice(2, 10).toUpperCase();
  await saveInvite(String(req.body.email), inviteCode);
  res.status(201).json({ ok: true });
});

export const newSession = (userId: string) => ({
  userId,
  // ruleid: javascript.crypto.weak-random.math-random-secret
  sessionId: `${Date.now().toString(36)}${Math.random().toString(36).substring(2)}`,
  createdAt: new Date(),
});

export class OtpService {
  issue(user: { otp?: string }): void {
    // ruleid: javascript.crypto.weak-random.math-random-secret
    user.otp = String(Math.floor(100000 + Math.random() * 900000));
  }
}

export function safeResetToken(): string {
  // ok: javascript.crypto.weak-random.math-random-secret
  return crypto.randomBytes(32).toString('base64url');
}

export function safeOtp(): string {
  // ok: javascript.crypto.weak-random.math-random-secret
  return String(crypto.randomInt(100000, 1000000));
}

export function retryDelay(attempt: number): number {
  // ok: javascript.crypto.weak-random.math-random-secret
  const jitter = Math.random() * 100;
  return 2 ** attempt * 250 + jitter;
}

export function shuffle<T>(items: T[]): T[] {
  // ok: javascript.crypto.weak-random.math-random-secret
  return items.map((v) => ({ v, r: Math.random() })).sort((a, b) => a.r - b.r).map((x) => x.v);
}

const DEBUG_TOKENS = false;

export function issueApiKey(owner: string, keys: Map<string, string>): string {
  // ruleid: javascript.crypto.weak-random.math-random-secret
  const key = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  keys.set(key, owner);
  return key;
}

export function concatenatedToken(): string {
  // one finding for the value, at its first Math.random() call
  // ruleid: javascript.crypto.weak-random.math-random-secret
  const token = Math.random().toString(36).slice(2) +
    // ok: javascript.crypto.weak-random.math-random-secret
    Math.random().toString(36).slice(2);
  return token;
}

export function debugResetToken(): string {
  let token = '';
  if (DEBUG_TOKENS && false) {
    // ok: javascript.crypto.weak-random.math-random-secret
    token = Math.random().toString(36).slice(2);
  } else {
    token = crypto.randomBytes(32).toString('hex');
  }
  return token;
}

export function pickTile(tiles: string[]): string {
  // ok: javascript.crypto.weak-random.math-random-secret
  const tile = tiles[Math.floor(Math.random() * tiles.length)];
  return tile;
}

async function saveInvite(_email: string, _code: string): Promise<void> {}
export default router;
