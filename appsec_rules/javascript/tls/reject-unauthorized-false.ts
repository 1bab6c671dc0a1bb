import https from 'https';
import tls from 'tls';
import fs from 'fs';
import axios from 'axios';
import { Pool } from 'pg';

// ruleid: javascript.tls.verification.reject-unauthorized-false
const insecureAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
export const billingApi = axios.create({ baseURL: 'https://billing.internal', httpsAgent: insecureAgent });

export const db = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: javascript.tls.verification.reject-unauthorized-false
  ssl: { rejectUnauthorized: false },
});

export function connectBroker(host: string) {
  const options: tls.ConnectionOptions = { host, port: 8883 };
  // ruleid: javascript.tls.verification.reject-unauthorized-false
  options.rejectUnauthorized = false;
  return tls.connect(options);
}

// ok: javascript.tls.verification.reject-unauthorized-false
const privateCaAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true });
export const inventoryApi = axios.create({ baseURL: 'https://inventory.internal', httpsAgent: privateCaAgent });

export const reportingDb = new Pool({
  connectionString: process.env.REPORTING_URL,
  // ok: javascript.tls.verification.reject-unauthorized-false
  ssl: { ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() },
});

export function connectSecureBroker(host: string) {
  // ok: javascript.tls.verification.reject-unauthorized-false
  return tls.connect({ host, port: 8883, servername: host, minVersion: 'TLSv1.2' });
}
