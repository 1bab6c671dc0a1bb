/**
 * Report preview routes.
 */

import express, { Request, Response } from 'express';
import config from 'config';

const app = express();
app.use(express.json());

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req: Request, res: Response) => {
    const options = config.get('defaults.options');
    const parsed = eval('(' + options + ')');
    return res.json({ result: parsed });
});

export default app;
