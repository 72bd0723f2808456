// npm run db:seed: demo content into the embedded database (refused for DATABASE_URL unless --force).
import { connect } from '../db/connect';
import { DEFAULT_DEMO_PASSWORD, seedDemoContent } from '../db/seed/demo';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { prepareDatabase } from './lib/database';

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (process.env.DATABASE_URL && !args.force) {
    throw new UsageError('DATABASE_URL is set: demo content and demo accounts are only created in the embedded database. Pass --force to seed that server anyway (never in production).');
  }
  const database = await prepareDatabase((line) => console.log(line));
  const { db, pool } = connect(database.url, { max: 2 });
  try {
    const seeded = await seedDemoContent(db, { password: process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD, log: (l) => console.log(l) });
    console.log(seeded ? 'Demo content created.' : 'Demo content was already there; nothing changed.');
  } finally {
    await pool.end();
    await database.release();
  }
});
