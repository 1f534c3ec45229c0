// The service's public settings from the environment. The address defaults to PUBLIC_URL, then (in production)
// site.yaml's url, then http://localhost:4321 for the embedded dev default.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ServiceSettings } from './context';
import { mailSettingsFromEnv } from './mail/mail-transport';

function siteUrl(): string | undefined {
  try {
    return (parse(readFileSync('content/data/site.yaml', 'utf8')) as { url?: string }).url;
  } catch {
    return undefined;
  }
}

function positiveNumber(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`NEWSLETTER_RATE_PER_MINUTE must be a whole number of at least 1, not '${text}'.`);
  return value;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceSettings {
  const publicUrl = env.PUBLIC_URL || (env.DATABASE_URL ? siteUrl() : undefined) || 'http://localhost:4321';
  return {
    publicUrl: publicUrl.replace(/\/+$/, ''),
    mailFrom: mailSettingsFromEnv(env).from,
    counsellingInbox: env.COUNSELLING_INBOX || 'counselling@localhost',
    newsletterRatePerMinute: positiveNumber(env.NEWSLETTER_RATE_PER_MINUTE, 60),
  };
}
