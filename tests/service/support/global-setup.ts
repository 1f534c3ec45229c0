// Gives the service tests a PostgreSQL server: TEST_DATABASE_URL when set, else the private throwaway cluster of
// scripts/postgres-test-server.sh (started here, left running for the next run).
import type { TestProject } from 'vitest/node';
import { postgresAdminUrl } from '../../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default function setup(project: TestProject) {
  project.provide('postgresUrl', postgresAdminUrl());
}
