import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlenary } from './plenary-under-test.ts';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}
interface ValidationReport {
  pluginReports: { pluginName: string; conclusion: string; violations: Violation[]; suppressedViolations?: (Violation & { reason?: string })[] }[];
}

describe('cdk-nag (AWS Solutions rules)', () => {
  it('finds nothing that is not acknowledged with a reason', () => {
    const { app } = buildPlenary({ nag: true });
    // In-process synth throws on unacknowledged errors; warnings only land in the report, so read it.
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
    const nag = report.pluginReports.find((r) => r.pluginName === 'AwsSolutions');
    expect(nag, 'the AwsSolutions plugin ran').toBeDefined();
    const findings = nag!.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.severity} ${v.ruleName} at ${c.constructPath}`));
    expect(findings).toEqual([]);
    expect(nag!.conclusion).toBe('success');
    for (const suppressed of nag!.suppressedViolations ?? []) expect(suppressed.reason, suppressed.ruleName).toMatch(/\w{3,}/);
  });
});
