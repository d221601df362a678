import { CellContext, line, MatrixRow } from './authorization-outcomes';
import { MATCH_STATES, MatchState } from './authorization-world';

/*
 * Object fields that expose another organization's data, reached through an operation the actor
 * may call. Columns: anon supA supB buyA buyB unvB grpC admin (see `line`). A = the value is shown,
 * H = withheld (null, empty, left out).
 */

type Match = { id: string; buyerContactEmail: string | null; supplier: { id: string; contactEmail: string | null } };

const perMatchState = (connected: string, otherwise: string) =>
  Object.fromEntries(MATCH_STATES.map((s) => [s, line(s === 'CONNECTED' ? connected : otherwise)]));

const matchOf = (list: unknown, c: CellContext): Match | undefined =>
  (list as Match[]).find((m) => m.id === c.world.matches[c.state as MatchState].id);

export const FIELD_ROWS: MatrixRow[] = [
  {
    // Contract: null unless the viewer is the owner, an admin, or a buyer CONNECTED with this supplier.
    // The state is buyer A's only relation with the profile's supplier (CONNECTED: supplier A, the owner).
    name: 'SupplierProfile.contactEmail',
    kind: 'Field',
    document: `query($id: ID!) { supplierProfile(id: $id) { contactEmail } }`,
    vars: (c) => ({ id: c.world.contactProfiles[c.state as MatchState] }),
    reveals: (d) => (d.supplierProfile as { contactEmail: string | null }).contactEmail !== null,
    expect: perMatchState('U A H A H H H A', 'U H H H H H H A'),
  },
  {
    name: 'SupplierProfile.contactEmail (search hit)',
    kind: 'Field',
    document: `{ searchSuppliers(pageSize: 100) { hits { supplier { id contactEmail } } } }`,
    reveals: (d, c) =>
      (d.searchSuppliers as { hits: { supplier: { id: string; contactEmail: string | null } }[] }).hits.some(
        (h) => h.supplier.id === c.world.profiles.discoverable && h.supplier.contactEmail !== null,
      ),
    expect: { '-': line('U F F A H H H A') },
  },
  {
    // A buyer-group member reads the grouped need's matches, never the suppliers' contact details.
    name: 'MatchSuggestion.supplier.contactEmail (matchesForNeed)',
    kind: 'Field',
    document: `query($needId: ID!) { matchesForNeed(needId: $needId) { id buyerContactEmail supplier { id contactEmail } } }`,
    vars: (c) => ({ needId: c.world.matches.CONNECTED.needId }),
    reveals: (d, c) =>
      (d.matchesForNeed as Match[]).some(
        (m) => m.supplier.id === c.world.profiles.discoverable && m.supplier.contactEmail !== null,
      ),
    expect: { '-': line('U F F A F F H A') },
  },
  {
    // "[C] The supplier's message with its interest (the parties see it)": the buyer group reads the
    // grouped need's matches, but the parties' words stay theirs, like their dialogue messages.
    name: 'MatchSuggestion.interestMessage + invitationMessage (matchesForNeed)',
    kind: 'Field',
    document: `query($needId: ID!) { matchesForNeed(needId: $needId) { id interestMessage invitationMessage } }`,
    vars: (c) => ({ needId: c.world.matches.CONNECTED.needId }),
    reveals: (d, c) =>
      (d.matchesForNeed as { id: string; interestMessage: string | null; invitationMessage: string | null }[]).some(
        (m) => m.id === c.world.matches.CONNECTED.id && (m.interestMessage !== null || m.invitationMessage !== null),
      ),
    expect: { '-': line('U F F A F F H A') },
  },
  {
    // Revealed to the supplier once CONNECTED; the buyer's own address is not echoed to itself.
    // Read through myMatches, where admins have no side (they read it on matchesForNeed).
    name: 'MatchSuggestion.buyerContactEmail',
    kind: 'Field',
    document: `{ myMatches(status: [SUGGESTED, INTERESTED, INVITED, CONNECTED, DECLINED], first: 200) { id buyerContactEmail supplier { id contactEmail } } }`,
    reveals: (d, c) => !!matchOf(d.myMatches, c)?.buyerContactEmail,
    expect: perMatchState('U A H H H H H H', 'U H H H H H H H'),
  },
  {
    // The buyer group's members see that a dialogue on the grouped need exists (not its messages).
    name: 'Dialogue.existence',
    kind: 'Field',
    document: `query($id: ID!) { dialogue(id: $id) { id } }`,
    vars: (c) => ({ id: c.world.dialogues[c.state as 'open' | 'closed'] }),
    reveals: (d) => d.dialogue !== null,
    expect: { open: line('U A H A H H A A'), closed: line('U A H A H H H A') },
  },
  {
    // Members of a buyer group are public on its needs (open data lists them as buyers too).
    name: 'Need.buyerGroup.members',
    kind: 'Field',
    document: `query($id: ID!) { need(id: $id) { buyerGroup { id members { id } } } }`,
    vars: (c) => ({ id: c.world.needs.published }),
    reveals: (d, c) =>
      (d.need as { buyerGroup: { members: { id: string }[] } | null }).buyerGroup?.members.some(
        (m) => m.id === c.world.sessions.groupMember.organizationId,
      ) ?? false,
    expect: { '-': line('A A A A A A A A') },
  },
  {
    // Who asked is known to the asker, the need's buyer and admins; other roles cannot list questions at all.
    name: 'Question.askedBy',
    kind: 'Field',
    document: `query($needId: ID!) { needQuestions(needId: $needId) { id askedBy { id } } }`,
    vars: (c) => ({ needId: c.world.needs.published }),
    reveals: (d) => (d.needQuestions as { askedBy: unknown }[]).some((q) => q.askedBy !== null),
    expect: { '-': line('U F F A F F F A') },
  },
  {
    name: 'Question.askedBy (myQuestions)',
    kind: 'Field',
    document: `{ myQuestions { id askedBy { id } } }`,
    reveals: (d, c) =>
      (d.myQuestions as { id: string; askedBy: unknown }[]).some((q) => q.id === c.world.questionId && q.askedBy !== null),
    expect: { '-': line('U A H F F F F F') },
  },
];
