import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule in eslint.config.js is what keeps shared/domain pure; this checks it rejects each kind of import.
const lint = async (source: string, filePath: string) => {
  // Type information is not needed for import rules, and the probe file does not exist on disk.
  const eslint = new ESLint({
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('the domain stays pure (lint)', () => {
  const probe = 'shared/domain/registration/probe.ts';

  it.each([
    ['the AWS SDK', "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';"],
    ['an adapter', "import { table } from '../../adapters/table.ts';"],
    ['shared/http', "import { problem } from '../../http/problem.ts';"],
    ['shared/email', "import { renderEmail } from '../../email/render-email.ts';"],
    ['a handler under functions/', "import { handler } from '../../../functions/registration/register.ts';"],
  ])('rejects importing %s from shared/domain', async (_what, source) => {
    expect(await lint(`${source}\nexport const x = 1;\n`, probe)).toHaveLength(1);
  });

  it('allows the domain its own modules and plain libraries, and the rule applies only to shared/domain', async () => {
    expect(
      await lint("import { z } from 'zod/mini';\nimport { DomainError } from '../errors.ts';\nexport const x = [z, DomainError];\n", probe),
    ).toEqual([]);
    expect(await lint("import { problem } from '../http/problem.ts';\nexport const x = problem;\n", 'shared/adapters/probe.ts')).toEqual([]);
  });
});
