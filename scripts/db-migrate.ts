// npm run db:migrate: applies the committed migrations to DATABASE_URL or the embedded database.
import { prepareDatabase } from './lib/database';
import { runCli } from './lib/cli';

runCli(async () => {
  const database = await prepareDatabase((line) => console.log(line));
  console.log(`Migrations applied (${database.embedded ? 'embedded database' : 'DATABASE_URL'}).`);
  await database.release();
});
