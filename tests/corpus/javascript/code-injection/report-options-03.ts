/**
 * Report preview routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const VALID_OPTIONS_RE = /^(?:\{"limit": ?[0-9]{1,3}\})$/;

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req: Request, res: Response) => {
    const options = req.query.options;
    if (!VALID_OPTIONS_RE.test(options)) {
        return res.status(400).send('invalid parameter');
    }
    const parsed = eval('(' + options + ')');
    return res.json({ result: parsed });
});

export default app;
