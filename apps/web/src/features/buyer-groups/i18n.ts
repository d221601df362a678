import { defineMessages } from '../../i18n/define';

export const buyerGroupsMessages = defineMessages(
  {
    title: 'Beställargrupper',
    intro:
      'En beställargrupp samlar beställare med samma behov: mer marknadsmakt och lägre risk. Grupper bildas när en beställare föreslår och en annan tackar ja; förslag gör du från ett behovs flik ”Liknande behov”.',
    groups: 'Våra grupper',
    noGroups: 'Ni ingår inte i någon beställargrupp ännu.',
    members: 'Medlemmar',
    needs: 'Behov i gruppen',
    leave: 'Lämna gruppen med {{title}}',
    left: 'Behovet har lämnat gruppen.',
    proposals: 'Förslag',
    noProposals: 'Inga förslag just nu.',
    proposal: '{{from}} → {{to}}',
    status: { PENDING: 'Väntar på svar', ACCEPTED: 'Accepterat', DECLINED: 'Avböjt' },
    accept: 'Tacka ja',
    decline: 'Tacka nej',
    findSimilar: 'Hitta liknande behov',
    similarFor: 'Liknande behov för {{title}}',
  },
  {
    title: 'Buyer groups',
    intro:
      'A buyer group brings together buyers with the same need: more market power and lower risk. Groups form when one buyer proposes and another accepts; you propose from a need’s “Similar needs” tab.',
    groups: 'Our groups',
    noGroups: 'You are not in any buyer group yet.',
    members: 'Members',
    needs: 'Needs in the group',
    leave: 'Leave the group with {{title}}',
    left: 'The need has left the group.',
    proposals: 'Proposals',
    noProposals: 'No proposals right now.',
    proposal: '{{from}} → {{to}}',
    status: { PENDING: 'Waiting for an answer', ACCEPTED: 'Accepted', DECLINED: 'Declined' },
    accept: 'Accept',
    decline: 'Decline',
    findSimilar: 'Find similar needs',
    similarFor: 'Similar needs for {{title}}',
  },
);
