"""Send scan results to other systems: AWS Security Hub (ASFF) and DefectDojo (SARIF import)."""
