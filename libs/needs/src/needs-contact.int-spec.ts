import { OutboxModule } from '@navet/outbox';
import { ReferenceModule } from '@navet/reference';
import { createModuleTestEnv, insertNeed, insertOrganization, insertUser, ModuleTestEnv } from '@navet/testing';
import { NeedsModule } from './needs.module';
import { NeedsService } from './needs.service';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: ModuleTestEnv;

beforeAll(async () => {
  env = await createModuleTestEnv([ReferenceModule, OutboxModule, NeedsModule]);
});

afterAll(() => env?.close());

describe("a need's buyer-side contact", () => {
  it("is the need's author, else the organization's first user, for a whole page of needs in one call", async () => {
    const city = await insertOrganization(env.ds, { name: 'Malmö stad' });
    await insertUser(env.ds, city, { email: 'forst@malmo.se' });
    const author = await insertUser(env.ds, city, { email: 'forfattare@malmo.se' });
    const region = await insertOrganization(env.ds, { name: 'Region Skåne' });
    await insertUser(env.ds, region, { email: 'inkop@skane.se' });
    const nobody = await insertOrganization(env.ds, { name: 'Tom kommun' });

    const written = await insertNeed(env.ds, city, { title: 'Skolskjuts', createdByUserId: author });
    const unsigned = await insertNeed(env.ds, city, { title: 'Snöröjning' });
    const regional = await insertNeed(env.ds, region, { title: 'Sjukresor' });
    const orphan = await insertNeed(env.ds, nobody, { title: 'Parkbänkar' });

    const emails = await env.app.get(NeedsService).contactEmails([written, unsigned, regional, orphan, 'not-an-id']);
    expect(Object.fromEntries(emails)).toEqual({
      [written]: 'forfattare@malmo.se',
      [unsigned]: 'forst@malmo.se',
      [regional]: 'inkop@skane.se',
    });
  });
});
