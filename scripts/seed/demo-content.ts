import { FocusArea } from '@navet/reference';
import { SeedProfile } from '@navet/importer';

/** A need written by hand for the demo buyer: problems to solve, not specifications. */
export interface DemoNeed {
  key: string;
  status: 'PUBLISHED' | 'DRAFT';
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
}

export const DEMO_BUYER_ORG = { name: 'Demo kommun', countryCode: 'SE', regionCode: 'SE110' } as const;
export const UNVERIFIED_BUYER_ORG = { name: 'Nya regionen', countryCode: 'SE', regionCode: 'SE121' } as const;
export const DEMO_SUPPLIER_ORG = { name: 'Demo Innovation AB', countryCode: 'SE', regionCode: 'SE110' } as const;
export const PLATFORM_ORG = { name: 'Navet', countryCode: 'SE', regionCode: null } as const;

export const DEMO_NEEDS: readonly DemoNeed[] = [
  {
    key: 'hemtjanst-laddning',
    status: 'PUBLISHED',
    title: 'Laddning av elbilar för hemtjänstens bilpool',
    summary:
      'Hemtjänsten ska byta 120 bilar till elbilar, men bilarna står utspridda och används i skift dygnet runt. Vi söker lösningar som ser till att rätt bil alltid är laddad när personalen behöver den.',
    description:
      'Demo kommuns hemtjänst kör omkring 120 bilar från elva utgångspunkter, ofta i tre skift. Bilarna ska vara eldrivna senast 2028, ' +
      'men flera utgångspunkter saknar laddplatser och elnätets kapacitet är begränsad i äldre fastigheter. Personalen har inte tid att ' +
      'planera laddning, och en bil som inte räcker hela passet innebär att brukare får vänta.\n\n' +
      'Vi beskriver ett problem, inte en lösning: det kan handla om laddinfrastruktur, styrning av laddning efter körschema, ' +
      'delning av laddplatser med andra verksamheter, ändrade rutter eller något vi inte har tänkt på. Vi vill gärna föra en ' +
      'marknadsdialog med leverantörer, forskare och andra kommuner med samma utmaning innan vi bestämmer hur en eventuell ' +
      'innovationsupphandling ska utformas. All dialog dokumenteras och sammanfattningar publiceras för alla intresserade.',
    desiredOutcomes: [
      'Ingen hemtjänstbil står oladdad när ett pass börjar',
      'Laddningen ryms inom befintliga abonnemang eller med små nätförstärkningar',
      'Personalen behöver inte planera laddningen själv',
    ],
    cpvCodes: ['34144900-7', '31158000-8', '45311000-0', '85312000-9'],
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT', 'ENERGY', 'HEALTH_AND_CARE'],
  },
  {
    key: 'skolmaltider-matsvinn',
    status: 'PUBLISHED',
    title: 'Mindre matsvinn i skolmåltiderna',
    summary:
      'Våra skolrestauranger slänger i dag ungefär en femtedel av maten som lagas. Vi söker sätt att minska svinnet utan att eleverna äter sämre eller köksarbetet blir tyngre.',
    description:
      'Demo kommun serverar 14 000 skolluncher om dagen i 38 skolrestauranger. Mätningar visar att omkring 20 procent av maten slängs, ' +
      'som tallrikssvinn, serveringssvinn och överproduktion. Köken vet ofta inte hur många elever som kommer, och menyerna planeras ' +
      'veckor i förväg.\n\n' +
      'Vi vill förstå vilka lösningar som finns eller kan utvecklas: bättre prognoser för antalet ätande, mätning av svinn, pedagogiska ' +
      'insatser tillsammans med eleverna, nya sätt att ta tillvara överbliven mat eller annat. Lösningen ska fungera i både stora och ' +
      'små kök och får inte öka personalens administration. Vi bjuder in till marknadsdialog och välkomnar även idéburna organisationer ' +
      'och forskare.',
    desiredOutcomes: [
      'Halverat matsvinn inom tre år',
      'Oförändrad eller högre andel elever som äter lunch',
      'Ingen ökad administration i köken',
    ],
    cpvCodes: ['55524000-9', '15894210-6', '90514000-3'],
    regionCodes: ['SE110'],
    focusAreas: ['FOOD', 'EDUCATION', 'CLIMATE_AND_ENVIRONMENT'],
  },
  {
    key: 'digital-tillganglighet',
    status: 'DRAFT',
    title: 'E-tjänster som alla invånare kan använda',
    summary:
      'Många av kommunens e-tjänster är svåra att använda med skärmläsare, på mobilen eller för den som har svårt att läsa. Vi vill hitta arbetssätt och verktyg som gör tjänsterna tillgängliga från början.',
    description:
      'Kommunen har ett sextiotal e-tjänster från olika leverantörer. Granskningar visar brister mot kraven i lagen om tillgänglighet ' +
      'till digital offentlig service, och felen återkommer när tjänster uppdateras. Invånare som inte kan använda tjänsterna hänvisas ' +
      'till telefon eller besök.\n\n' +
      'Vi söker lösningar som gör att tillgängligheten hålls över tid: automatiska kontroller, stöd för klarspråk, användartester med ' +
      'personer med funktionsnedsättning, krav och uppföljning mot leverantörer eller helt andra idéer. Behovet är ett utkast och ' +
      'publiceras efter intern förankring.',
    desiredOutcomes: ['Alla e-tjänster uppfyller WCAG 2.1 nivå AA', 'Färre ärenden som måste hanteras via telefon'],
    cpvCodes: ['72413000-3', '72230000-6', '48810000-9'],
    regionCodes: ['SE110'],
    focusAreas: ['DIGITALISATION'],
  },
];

export const DEMO_SUPPLIER_PROFILE: SeedProfile = {
  headline: 'Smart laddning och ruttplanering för kommunala fordonsflottor',
  description:
    'Demo Innovation AB är ett litet teknikbolag i Stockholm som hjälper kommuner och regioner att elektrifiera sina fordonsflottor. ' +
    'Vår programvara styr laddningen efter körschema och elnätets kapacitet, föreslår rutter som räcker på en laddning och visar ' +
    'vilken bil som är redo för nästa pass. Vi installerar och driftar laddplatser tillsammans med lokala elinstallatörer och har ' +
    'arbetat med hemtjänst, hemsjukvård och tekniska förvaltningar.',
  offerings: [
    'Styrning av laddning efter körschema',
    'Ruttplanering för elfordon',
    'Laddinfrastruktur som tjänst',
    'Analys av flottans elbehov',
  ],
  cpvCodes: ['31158000-8', '34144900-7', '48810000-9', '72230000-6', '45311000-0'],
  regionCodes: ['SE'],
  focusAreas: ['TRANSPORT', 'ENERGY', 'DIGITALISATION'],
  companySize: 'SMALL',
  readiness: 'MARKET_READY',
  references: [
    {
      title: 'Pilot: smart laddning av hemtjänstens bilar',
      customer: 'Exempelstad (fiktiv kommun)',
      year: 2025,
      description: 'Tolv bilar, två utgångspunkter, inga nätförstärkningar.',
    },
    { title: 'Ruttplanering för elfordon i hemsjukvården', customer: 'Region Exempel (fiktiv)', year: 2024, description: null },
  ],
  languages: ['sv', 'en'],
  contactEmail: 'kontakt@demo-innovation.example',
  discoverable: true,
  sourceRef: 'demo-supplier:demo-innovation-ab',
};
