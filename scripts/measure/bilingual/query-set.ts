/**
 * The bilingual query set: a query in one language and the demo documents (keys of
 * demo-documents.ts) written in the other language on the same subject, judged by their titles.
 * Written before the curated synonyms were checked against it; a miss stays a miss here.
 */
export interface BilingualQuery {
  index: 'needs' | 'suppliers';
  /** The query's language; every relevant document is written in the other. */
  language: 'sv' | 'en';
  query: string;
  relevant: string[];
}

const need = (language: 'sv' | 'en', query: string, ...keys: string[]): BilingualQuery => ({
  index: 'needs',
  language,
  query,
  relevant: keys.map((k) => (k.startsWith('demo-') || k.startsWith('tester:') ? k : `ted-notice:${k}`)),
});
const supplier = (language: 'sv' | 'en', query: string, ...keys: string[]): BilingualQuery => ({
  index: 'suppliers',
  language,
  query,
  relevant: keys.map((k) => (k.startsWith('demo-') ? k : `ted-supplier:${k}`)),
});

export const BILINGUAL_QUERIES: readonly BilingualQuery[] = [
  // Swedish query, English needs
  need('sv', 'laddning av elbilar', 'TED-012969-2017', 'TED-00406430-2024'),
  need('sv', 'elbilar', 'TED-012969-2017', 'TED-00406430-2024'),
  need('sv', 'laddstationer', 'TED-012969-2017', 'TED-00406430-2024'),
  need('sv', 'äldreomsorg', 'TED-213243-2016', 'TED-078100-2022'),
  need('sv', 'skolskjuts', 'TED-254315-2016'),
  need('sv', 'säkerhetstjänster', 'TED-139570-2022', 'TED-057194-2021', 'TED-238630-2020', 'TED-074220-2017'),
  need('sv', 'elektricitet', 'TED-00560859-2024', 'TED-107733-2022', 'TED-569947-2021'),
  need('sv', 'larmsystem', 'TED-417139-2021'),
  // English query, Swedish needs
  need('en', 'EV charging', 'demo-need:hemtjanst-laddning'),
  need('en', 'electric vehicles', 'demo-need:hemtjanst-laddning'),
  need('en', 'food waste', 'demo-need:skolmaltider-matsvinn'),
  need('en', 'school meals', 'demo-need:skolmaltider-matsvinn'),
  need('en', 'snow removal', 'TED-185357-2018'),
  need('en', 'public transport', 'TED-580891-2021', 'TED-046861-2020'),
  need('en', 'school transport', 'TED-00545126-2024', 'TED-046861-2020'),
  need('en', 'alarm monitoring', 'TED-133823-2022'),
  need('en', 'nursing home monitoring', 'tester:digital-tillsyn'),
  // Swedish query, English profiles
  supplier('sv', 'elfordon', 'NL:id:20073305'),
  supplier('sv', 'snöröjning', 'NO:id:897935082'),
  supplier(
    'sv',
    'larmövervakning',
    'PL:name:impel provider security partner sp z o o sp k',
    'PL:name:impel security polska sp z o o',
  ),
  supplier('sv', 'äldreomsorg', 'NL:id:82075123'),
  supplier('sv', 'skolmåltider', 'IT:id:02598160816', 'IT:name:gemos societa cooperativa'),
  // English query, Swedish profiles
  supplier('en', 'EV charging', 'demo-supplier'),
  supplier('en', 'route planning', 'demo-supplier'),
  supplier('en', 'canteen services', 'SE:id:5567914196'),
  supplier('en', 'hospital', 'SE:id:5565920864'),
  supplier(
    'en',
    'temporary staff',
    'SE:id:5568572886',
    'SE:id:5569845778',
    'SE:id:5565839742',
    'SE:id:5566426242',
    'SE:id:5565862231',
  ),
];
