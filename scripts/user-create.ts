// npm run user:create -- --email E --name "N" [--roles admin,editor] [--password P]
// Creates a staff account (the first admin on a real server). Without --password a strong one is
// generated and printed once.
import { randomBytes } from 'node:crypto';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { prepareDatabase } from './lib/database';

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args.email !== 'string' || typeof args.name !== 'string') {
    throw new UsageError('Usage: npm run user:create -- --email ten@coquan.gov.vn --name "Họ Tên" [--roles admin,editor,leader,reporter] [--password ...]');
  }
  const roles = (typeof args.roles === 'string' ? args.roles : 'admin').split(',').map((r) => r.trim()).filter(Boolean);
  const generated = typeof args.password !== 'string';
  const password = generated ? randomBytes(15).toString('base64url') : (args.password as string);

  const database = await prepareDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const { createUser } = await import('../lib/data/users/users');
    const { systemViewer } = await import('../lib/policy/roles');
    const user = await createUser(systemViewer('cli:user:create'), { email: args.email, name: args.name, roles: roles as never, password });
    console.log(`Created ${user.email} (${user.roles.join(', ')}).`);
    if (generated) console.log(`Password (shown once, change it after signing in): ${password}`);
  } finally {
    await database.release();
  }
});
