/**
 * Webhook management routes.
 */

import express, { Request, Response } from 'express';
import axios from 'axios';
import config from 'config';

const app = express();
app.use(express.json());

const PARTNER_API = 'https://api.partner.example.com/v1';

// Send a test request to a webhook endpoint.
app.post('/webhooks/test', async (req: Request, res: Response) => {
    const url = config.get('defaults.url');
    const response = await axios.get(url, { timeout: 5000 });
    return res.json({ result: response.status });
});

export default app;
