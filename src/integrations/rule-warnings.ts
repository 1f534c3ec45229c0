/**
 * Prints what in content/data/benefit-rules.yaml needs a look (src/lib/benefits/rule-health.ts) at the start
 * of every build, as warnings: the build goes on, because each value is still the best one on file.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ruleWarnings } from '../lib/benefits/rule-health';
import { ContentErrors } from '../loaders/content-errors';
import { loadDataFile } from '../loaders/content-files';
import { dataFiles } from '../loaders/content-model';
import { seoulToday } from '../lib/dates/seoul-time';

export default function ruleWarningsIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'centre-rule-warnings',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        try {
          const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
          for (const warning of ruleWarnings(rules, seoulToday(new Date(), process.env.SITE_TODAY))) logger.warn(warning);
        } catch (error) {
          // A malformed file is reported, with its file and field, by the content loader that stops the build.
          if (!(error instanceof ContentErrors)) throw error;
        }
      },
    },
  };
}
