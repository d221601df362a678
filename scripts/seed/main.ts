import { envSchema, loadConfig } from '@navet/config';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { ReferenceCatalogue } from '@navet/reference';
import { DataSource } from 'typeorm';
import { seedDemo } from './seed-demo';
import { seedDemoOutcomes } from './demo-outcomes';
import { seedDemoClarifications } from './demo-clarifications';
import { seedDemoDialogues } from './demo-dialogues';
import { seedDemoBuyerGroup } from './demo-buyer-groups';

/** `node dist/scripts/seed/main.js`: loads the development demo data (started by `npm start`). */
async function main(): Promise<void> {
  // Decided before full validation: production may lack settings a dev seed would need, and must never seed.
  if (envSchema.shape.NODE_ENV.safeParse(process.env.NODE_ENV).data === 'production') {
    console.log('Demo seed skipped: NODE_ENV=production never gets demo data');
    return;
  }
  const config = loadConfig();
  const ds = new DataSource(dataSourceOptions(config.database.url, [], 2));
  await ds.initialize();
  try {
    const started = Date.now();
    await runMigrations(ds);
    const catalogue = ReferenceCatalogue.fromFiles();
    const r = await seedDemo(ds, catalogue);
    const outcomes = await seedDemoOutcomes(ds, catalogue);
    const clarifications = await seedDemoClarifications(ds);
    // After the demo needs and profiles are committed: connections, dialogues and their messages.
    const dialogues = await seedDemoDialogues(ds, catalogue);
    // After the needs committed: the group is formed through the services' own transactions.
    const group = await seedDemoBuyerGroup(ds, catalogue);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      r.skipped
        ? 'Demo seed: demo data already present, nothing written'
        : `Demo seed: ${r.organizations} organizations, ${r.users} users, ${r.needs} needs, ${r.suppliers} supplier profiles in ${seconds} s`,
    );
    if (!outcomes.skipped)
      console.log(`Demo outcomes: ${outcomes.needs} awarded (closed) needs connected with ${outcomes.matches} winning suppliers`);
    if (!clarifications.skipped)
      console.log(`Demo dialogue: ${clarifications.questions} questions, ${clarifications.clarifications} clarifications`);
    if (dialogues.dialogues > 0)
      console.log(`Demo dialogues: ${dialogues.dialogues} dialogues on connected matches with ${dialogues.messages} messages`);
    if (!group.skipped) console.log(`Demo buyer group: ${group.organizationNames.join(' + ')} (similarity ${group.score})`);
  } finally {
    await ds.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error('Demo seed failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
