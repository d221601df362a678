import { DEMO_ACCOUNTS } from '../seed/demo-accounts';

export interface BannerInput {
  port: number;
  production: boolean;
  graphiql: boolean;
  seeded: boolean;
  meiliUrl: string;
  /** Where the development mail catcher writes e-mails, when it runs. */
  mailDir?: string;
}

/** The "you are up" message of `npm start`: where to point a browser and how to sign in. */
export function banner(input: BannerInput): string {
  const base = `http://localhost:${input.port}`;
  const lines = [
    '',
    `  Navet is running (${input.production ? 'production' : 'development'})`,
    '',
    `  Web app     ${base}/  (open it in a browser)`,
    `  GraphQL     ${base}/graphql`,
    ...(input.graphiql ? [`  GraphiQL    ${base}/graphql`] : []),
    `  Health      ${base}/health`,
    `  Search      ${input.meiliUrl}  (Meilisearch)`,
    ...(input.mailDir ? [`  Mail        ${input.mailDir}  (every e-mail Navet sends, as .eml files)`] : []),
    '',
  ];
  if (!input.seeded) {
    lines.push('  No demo data: the demo seed did not run, so there are no demo sign-ins.', '');
  } else {
    lines.push(input.production ? '  Demo sign-ins (passwords hidden in production):' : '  Demo sign-ins:');
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.label.length));
    const emailWidth = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
    for (const a of DEMO_ACCOUNTS) {
      lines.push(`    ${a.label.padEnd(width)}  ${a.email.padEnd(emailWidth)}  ${input.production ? '' : a.password}`.trimEnd());
    }
    lines.push('');
  }
  lines.push('  Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
