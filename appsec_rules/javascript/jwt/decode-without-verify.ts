import jwt, { JwtPayload } from 'jsonwebtoken';
import { NextFunction, Request, Response } from 'express';
import jwksClient from 'jwks-rsa';

const jwks = jwksClient({ jwksUri: 'https://login.example.com/.well-known/jwks.json' });

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  // ruleid: javascript.jwt.signature.decode-without-verify
  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims || claims.role !== 'admin') {
    return res.status(403).end();
  }
  next();
}

export const currentUser = (req: Request): string | undefined => {
  // ruleid: javascript.jwt.signature.decode-without-verify
  const payload = jwt.decode(String(req.cookies.session), { json: true });
  return payload?.sub;
};

export class TenantResolver {
  resolve(req: Request): string {
    const raw = req.get('X-Id-Token') ?? '';
    // ruleid: javascript.jwt.signature.decode-without-verify
    const { tid } = jwt.decode(raw) as { tid: string };
    return tid;
  }
}

export async function safeRequireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  // ok: javascript.jwt.signature.decode-without-verify
  const header = jwt.decode(token, { complete: true })?.header;
  const key = await jwks.getSigningKey(header?.kid);
  const claims = jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] }) as JwtPayload;
  if (claims.role !== 'admin') return res.status(403).end();
  next();
}

export function safeCurrentUser(req: Request): string | undefined {
  // ok: javascript.jwt.signature.decode-without-verify
  const payload = jwt.verify(String(req.cookies.session), process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
  return typeof payload === 'string' ? undefined : payload.sub;
}

export function safeLogExpiry(req: Request, res: Response) {
  const token = String(req.cookies.session);
  return jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }, (err, decoded) => {
    // ok: javascript.jwt.signature.decode-without-verify
    const unverified = jwt.decode(token) as JwtPayload;
    res.json({ valid: !err, exp: unverified?.exp, decoded });
  });
}

const TRUST_UNSIGNED = false;

export function refreshHint(req: Request, res: Response) {
  const token = String(req.cookies.access_token || '');
  // only the expiry of the app's own token is read, to schedule a refresh
  // ok: javascript.jwt.signature.decode-without-verify
  const { exp } = (jwt.decode(token) as JwtPayload) || {};
  res.json({ refreshInSeconds: exp ? Math.max(0, exp - Math.floor(Date.now() / 1000) - 60) : 0 });
}

export function tenantAndExpiry(req: Request, res: Response) {
  const token = String(req.cookies.access_token || '');
  // ruleid: javascript.jwt.signature.decode-without-verify
  const { exp, tenant } = (jwt.decode(token) as JwtPayload) || {};
  res.json({ tenant, exp });
}

export function legacyProfile(req: Request, res: Response) {
  if (TRUST_UNSIGNED && false) {
    // ok: javascript.jwt.signature.decode-without-verify
    const claims = jwt.decode(String(req.cookies.session)) as JwtPayload;
    return res.json({ user: claims?.sub });
  }
  return res.status(401).end();
}
