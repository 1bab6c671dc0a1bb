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

async function saveInvite(_email: string, _code: string): Promise<void> {}
export default router;
