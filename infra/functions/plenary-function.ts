/**
 * Builds one Lambda function from a handler module under functions/: arm64, Node.js 22, an ESM bundle made
 * locally by esbuild, its own log group, and only the grants its `access` declares (access-grants.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { BADGE_FONT_FILES, BUNDLED_FONTS_DIR, bundledFileName, type BadgeFontRole } from '../../shared/badges/fonts.ts';
import type { Capability, FunctionAccess } from '../../shared/function-access.ts';
import { acknowledgeNag } from '../nag.ts';
import { grantAccess, type AccessTargets } from './access-grants.ts';
import { CREDENTIALS_ALIAS } from './lambda-credentials.ts';
import { readsSecrets, secretsExtension } from './secrets-extension.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** What GET /api/health reports. */
export const VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface FunctionDeps extends AccessTargets {
  /** Origin of the site, for links in emails. */
  publicBaseUrl: string;
  /** Values baked into every bundle by esbuild's `define` (the route table's facts, functions/route-facts.ts). */
  define: Record<string, string>;
}

export interface FunctionSpec {
  /** `<capability>/<file>` under functions/, exporting `handler` (tests may reach outside with `../`). */
  handler: string;
  capability: Capability;
  access: FunctionAccess;
  timeout?: Duration;
  memorySize?: number;
}

/** The `service` of the function's logs and metrics (POWERTOOLS_SERVICE_NAME); alarms on its metrics name it too. */
export const serviceNameOf = (capability: Capability): string => `plenary-${capability}`;

// esbuild's ESM output has no `require`; some CommonJS dependencies still call it.
const ESM_REQUIRE_BANNER =
  "import { createRequire as plenaryCreateRequire } from 'node:module'; const require = plenaryCreateRequire(import.meta.url);";

/**
 * The functions that sign badges are the ones that draw them (shared/badges/): they get the badge fonts copied next to
 * their bundle (esbuild bundles code, not .ttf files; shared/badges/fonts.ts reads them from there), and the CPU
 * a batch of a few hundred pages needs (Lambda's CPU share grows with memory; 1769 MB is one full vCPU) within
 * API Gateway's 30 s.
 */
const makesBadges = (access: FunctionAccess) => access.badgeSigningKey === true;
const BADGE_MEMORY_MB = 1769;
const BADGE_TIMEOUT = Duration.seconds(29);

const copyBadgeFonts = (outputDir: string): string[] => {
  const fontsDir = path.join(outputDir, BUNDLED_FONTS_DIR);
  const require = createRequire(import.meta.url);
  return [
    `mkdir -p "${fontsDir}"`,
    ...(Object.keys(BADGE_FONT_FILES) as BadgeFontRole[]).map(
      (role) => `cp "${require.resolve(BADGE_FONT_FILES[role])}" "${path.join(fontsDir, bundledFileName(role))}"`,
    ),
  ];
};

export const plenaryFunction = (scope: Construct, id: string, spec: FunctionSpec, deps: FunctionDeps): NodejsFunction => {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
  // An explicit role instead of AWSLambdaBasicExecutionRole: it may write to its own log group only.
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, id, {
    entry: path.join(REPO_ROOT, 'functions', `${spec.handler}.ts`),
    handler: 'handler',
    projectRoot: REPO_ROOT,
    depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: spec.memorySize ?? (makesBadges(spec.access) ? BADGE_MEMORY_MB : 512),
    timeout: spec.timeout ?? (makesBadges(spec.access) ? BADGE_TIMEOUT : Duration.seconds(10)),
    role,
    logGroup,
    // No X-Ray: nothing in the code writes a segment (docs/operations.md, "Tracing"), so active tracing would record
    // only the Lambda service's own timing, which the function's log REPORT lines already give.
    environment: {
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: serviceNameOf(spec.capability),
      PUBLIC_BASE_URL: deps.publicBaseUrl,
      PLENARY_VERSION: VERSION,
      ...grantAccess(role, spec, deps),
    },
    // The secret readers fetch their secret from this extension, not with the SDK (shared/adapters/secrets-extension.ts).
    ...(readsSecrets(spec.access) ? { paramsAndSecrets: secretsExtension } : {}),
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      platform: 'node',
      mainFields: ['module', 'main'],
      banner: ESM_REQUIRE_BANNER,
      define: deps.define,
      minify: true,
      sourceMap: true,
      // The SDK version we test against, not whatever the runtime happens to ship.
      bundleAwsSDK: true,
      // The SDK's default credential chain reduced to the environment, all Lambda ever uses (lambda-credentials.ts).
      esbuildArgs: { '--alias': Object.entries(CREDENTIALS_ALIAS).map(([module, replacement]) => `${module}=${replacement}`) },
      forceDockerBundling: false,
      ...(makesBadges(spec.access)
        ? {
            commandHooks: {
              beforeBundling: () => [],
              beforeInstall: () => [],
              afterBundling: (_inputDir: string, outputDir: string) => copyBadgeFonts(outputDir),
            },
          }
        : {}),
    },
  });

  acknowledgeNag(
    fn,
    'AwsSolutions-L1',
    'nodejs22.x is chosen: the code and its tests target the Node 22 line (DEVELOPERS.md); all functions move to a newer line together.',
  );
  return fn;
};
