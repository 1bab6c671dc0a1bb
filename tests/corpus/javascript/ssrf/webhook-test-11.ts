/**
 * Webhook management routes.
 */

import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

const PARTNER_API = 'https://api.partner.example.com/v1';
const VALID_URL_RE = /^(?:https:\/\/(?:status|api|hooks)\.example\.com\/[A-Za-z0-9\/_-]*)$/;

// Send a test request to a webhook endpoint.
app.post('/webhooks/test', async (req: Request, res: Response) => {
    const url = req.query.url;
    if (!VALID_URL_RE.test(url)) {
        return res.status(400).send('invalid parameter');
    }
    const response = await axios.get(url, { timeout: 5000 });
    return res.json({ result: response.status });
});

export default app;
