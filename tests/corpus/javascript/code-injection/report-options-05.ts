/**
 * Report preview routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const VALID_OPTIONS_RE = /^(?:\{"limit": ?[0-9]{1,3}\})$/;

/** Check that the value only contains expected characters. */
function isValidOptions(value: string): boolean {
    return VALID_OPTIONS_RE.test(value);
}

// Preview a report with caller supplied options.
app.post('/reports/preview', async (req: Request, res: Response) => {
    const options = req.body.options;
    const isValid = isValidOptions(options);
    console.debug('validation result for %s: %s', 'options', isValid);
    const parsed = eval('(' + options + ')');
    return res.json({ result: parsed });
});

export default app;
