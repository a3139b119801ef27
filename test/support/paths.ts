/** Where tests find the shared real data (../shared beside the repository, as in CI). */
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
