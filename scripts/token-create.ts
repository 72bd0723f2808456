// npm run token:create -- --email E --name N [--days D]
// Prints a personal API token for that user (sent as "Authorization: Bearer <token>"). Only its
// hash is stored; the token cannot be shown again. It expires after D days (default
// API_TOKEN_DEFAULT_DAYS, at most API_TOKEN_MAX_DAYS; see lib/credentials/lifetimes.ts).
import { parseArgs, runCli, UsageError } from './lib/cli';
import { prepareDatabase } from './lib/database';

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args.email !== 'string' || typeof args.name !== 'string') {
    throw new UsageError('Usage: npm run token:create -- --email ten@coquan.gov.vn --name "tên token" [--days 90]');
  }
  const days = args.days === undefined ? undefined : typeof args.days === 'string' ? Number(args.days) : Number.NaN;
  if (days !== undefined && !Number.isInteger(days)) throw new UsageError('--days must be a whole number of days.');
  const database = await prepareDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const { userIdByEmail } = await import('../lib/data/users/users');
    const { createApiToken } = await import('../lib/data/tokens/api-tokens');
    const { systemViewer } = await import('../lib/policy/roles');
    const userId = await userIdByEmail(args.email);
    if (!userId) throw new UsageError(`No user with email ${args.email}. Create one first: npm run user:create -- --email ${args.email} --name "..."`);
    const { token } = await createApiToken(systemViewer('cli:token:create'), { userId, name: args.name, expiresInDays: days });
    // The token alone on stdout, so scripts can capture it.
    console.log(token);
  } finally {
    await database.release();
  }
});
