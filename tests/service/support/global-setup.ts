// Gives the service tests a PostgreSQL server: TEST_DATABASE_URL when set, else the private throwaway cluster of
// scripts/postgres-test-server.sh (started here, left running for the next run).
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default function setup(project: TestProject) {
  const url =
    process.env.TEST_DATABASE_URL || execFileSync('bash', ['scripts/postgres-test-server.sh', 'start'], { encoding: 'utf8' }).trim();
  project.provide('postgresUrl', url);
}
