/**
 * The CDK app: one Plenary stack, checked by cdk-nag's AWS Solutions rules on every synth.
 * Settings come from context or the environment (infra/config.ts); see docs/deploy.md.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config.ts';
import { PlenaryStack } from './plenary-stack.ts';

const app = new App();
new PlenaryStack(app, 'Plenary', { config: readConfig(app.node), description: 'Plenary: registration and press contacts for conferences' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
