import { defineMessages } from '../../i18n/define';

export const referenceMessages = defineMessages(
  {
    cpv: {
      label: 'CPV-koder',
      description: 'Sök på ord eller kod, på svenska eller engelska. Välj de mest specifika koder som passar.',
      searchLabel: 'Sök CPV-kod',
      none: 'Inga CPV-koder matchar.',
      remove: 'Ta bort {{code}}',
      selected: 'Valda koder',
    },
    region: {
      label: 'Regioner',
      description: 'Län eller landsdelar (NUTS) där behovet eller leveransen finns.',
      searchLabel: 'Sök region',
      none: 'Inga regioner matchar.',
      remove: 'Ta bort {{code}}',
      selected: 'Valda regioner',
    },
  },
  {
    cpv: {
      label: 'CPV codes',
      description: 'Search by word or code, in Swedish or English. Choose the most specific codes that fit.',
      searchLabel: 'Search CPV code',
      none: 'No CPV codes match.',
      remove: 'Remove {{code}}',
      selected: 'Selected codes',
    },
    region: {
      label: 'Regions',
      description: 'Counties or areas (NUTS) where the need or the delivery is.',
      searchLabel: 'Search region',
      none: 'No regions match.',
      remove: 'Remove {{code}}',
      selected: 'Selected regions',
    },
  },
);
