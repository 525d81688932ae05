/**
 * Coverage of the code the integration tests reach over HTTP. The shared local platform runs in the global setup,
 * in vitest's main process, where vitest collects no coverage (it profiles test workers only); without this, the
 * handlers, use cases and adapters that every integration test exercises would count as never run.
 *
 * The global setup starts V8's precise coverage in the main process (only when the run has --coverage); after the
 * last integration test module this reporter takes the counts and hands them to vitest's coverage provider exactly
 * as a test worker would, so they are merged into the one report and its thresholds.
 */
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { ssrDynamicImportKey, ssrExportAllKey, ssrImportKey, ssrImportMetaKey, ssrModuleExportsKey } from 'vite/module-runner';
import type { CoverageProvider, Reporter, TestModule, TestProject, TestSpecification, Vitest } from 'vitest/node';

/**
 * vitest runs each module inside this wrapper (VitestModuleEvaluator in vitest/dist/module-evaluator.js, vitest 4.1);
 * V8's offsets count it, so the provider needs its length to map counts back to the module's own code.
 */
const WRAPPER = `'use strict';async (${[
  ssrModuleExportsKey,
  ssrImportMetaKey,
  ssrImportKey,
  ssrDynamicImportKey,
  ssrExportAllKey,
  '__vite_ssr_exportName__',
  '__filename',
  '__dirname',
  'module',
  'exports',
  'require',
].join(',')})=>{{`;

interface MainProcessCoverage {
  take(): Promise<Profiler.ScriptCoverage[]>;
  stop(): Promise<void>;
}

const KEY = Symbol.for('plenary.platform-coverage');
const registry = globalThis as { [KEY]?: MainProcessCoverage };

/** Called by the global setup before it starts the platform; returns the teardown. */
export const startPlatformCoverage = async (project: TestProject): Promise<() => Promise<void>> => {
  if (!project.vitest.config.coverage.enabled) return async () => {};
  const root = `file://${project.vitest.config.root}/`;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  registry[KEY] = {
    take: async () => {
      const { result } = await session.post('Profiler.takePreciseCoverage');
      // Only our own modules, loaded by vitest's module runner (not vitest itself, nor node_modules).
      return result.filter((s) => s.url.startsWith(root) && !s.url.includes('/node_modules/')).map((s) => ({ ...s, startOffset: WRAPPER.length }));
    },
    stop: async () => {
      await session.post('Profiler.stopPreciseCoverage');
      await session.post('Profiler.disable');
      session.disconnect();
    },
  };
  return async () => {
    await registry[KEY]?.stop();
    delete registry[KEY];
  };
};

/**
 * Reporter: when the run's last integration module ends, what the platform ran goes to the coverage provider (before
 * it builds the report). V8 accumulates the counts until they are taken, so one take serves the whole run.
 */
export default class PlatformCoverageReporter implements Reporter {
  private vitest: Vitest | undefined;
  private pending = 0;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunStart(specifications: readonly TestSpecification[]): void {
    this.pending = specifications.filter((s) => s.project.name === 'integration').length;
  }

  async onTestModuleEnd(testModule: TestModule): Promise<void> {
    if (testModule.project.name !== 'integration' || --this.pending > 0) return;
    const coverage = registry[KEY];
    // Vitest's coverage provider is not in its public types; onAfterSuiteRun is its documented provider hook.
    const provider = (this.vitest as { coverageProvider?: CoverageProvider | null } | undefined)?.coverageProvider;
    if (!coverage || !provider) return;
    await provider.onAfterSuiteRun({
      coverage: { result: await coverage.take() },
      environment: 'ssr',
      projectName: testModule.project.name,
      testFiles: ['the local platform of the integration run'],
    });
  }
}
