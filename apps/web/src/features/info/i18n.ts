import { defineMessages } from '../../i18n/define';

/** The accessibility statement follows DIGG's model (lag 2018:1937 om tillgänglighet till digital offentlig service). */
export const infoMessages = defineMessages(
  {
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Navet står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Navet uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    scope:
      'Redogörelsen gäller webbplatsen Navet: sökning och visning av behov, registrering och konto samt arbetsytorna för beställare, leverantörer och administratörer.',
    status: {
      heading: 'Hur tillgänglig är webbplatsen?',
      body: 'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    },
    gaps: {
      heading: 'Innehåll som inte är tillgängligt',
      screenReaders:
        'Webbplatsen har ännu inte testats av användare med skärmläsare eller andra hjälpmedel. Vi testar med automatiska verktyg och tangentbord, men det ersätter inte tester med användare.',
      language:
        'Behov som beställare skrivit på ett annat språk än sidans (till exempel engelska texter från TED) är inte alltid märkta med rätt språk, så en skärmläsare kan läsa upp dem med fel uttal (WCAG 3.1.2).',
      charts:
        'Innovationstrattens diagram är en bild av tabellen under det; läs siffrorna i tabellen eller ladda ner dem som CSV.',
      exports: 'Exporter och öppna data (JSON, OCDS) är maskinläsbara filer och inte utformade som dokument att läsa.',
    },
    testing: {
      heading: 'Hur vi testat webbplatsen',
      body: 'Vi har gjort en självskattning (intern testning). Varje huvudsida kontrolleras automatiskt med axe mot WCAG 2.1 nivå A och AA vid varje ändring, utan avvikelser. Vi går också igenom huvudflödena med enbart tangentbord (synligt fokus, hopplänk, etiketter, landmärken) och kontrollerar sidorna i 390 pixlars bredd och vid 200 % förstoring.',
    },
    report: {
      heading: 'Rapportera brister',
      body: 'Om du inte kan använda något på webbplatsen, eller om du upptäcker brister som inte står här, hör av dig så försöker vi hjälpa dig eller åtgärda bristen. Vi svarar normalt inom fem arbetsdagar.',
      email: 'Skicka e-post till {{email}}',
      subject: 'Tillgänglighet på Navet',
    },
    supervision: {
      heading: 'Tillsyn',
      body: 'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påpeka det.',
      link: 'Anmäl till DIGG (digg.se)',
    },
    date: 'Redogörelsen upprättades den 7 december 2026 och uppdaterades senast den 7 december 2026.',
    funnel: {
      heading: 'Innovationstratten',
      intro:
        'Hur långt publicerade behov har kommit: från publicering via förslag, intresse, kontakt och dialog till upphandling. Bara antal – ingen organisation eller person nämns.',
      groupBy: 'Gruppera efter',
      groupings: { FOCUS_AREA: 'Fokusområde', REGION: 'Region', CPV_DIVISION: 'CPV-huvudgrupp', MONTH: 'Månad' },
      from: 'Publicerade från och med',
      to: 'Publicerade före',
      csv: 'Ladda ner siffrorna som CSV',
      empty: 'Inga publicerade behov under perioden.',
      none: 'Utan fokusområde',
      division: 'CPV {{code}}',
      group: 'Grupp',
      caption: 'Innovationstratten per {{grouping}}: antal behov som nått varje steg',
      chartAlt:
        'Stapeldiagram över innovationstratten för de största grupperna (högst {{count}}). Samma siffror finns i tabellen nedan.',
      chartCaption: 'Diagrammet visar de största grupperna (månader: de senaste), högst {{count}}; tabellen visar alla.',
      showAll: 'Visa alla {{count}} grupper',
      stages: {
        published: 'Publicerade',
        withSuggestions: 'Med förslag',
        withInterest: 'Med intresse',
        connected: 'Kontakt',
        inDialogue: 'I dialog',
        procured: 'Upphandlade',
      },
    },
    stats: {
      title: 'Statistik',
      intro: 'Hur Navet används just nu. Siffrorna räknas när sidan laddas.',
      caption: 'Nyckeltal för plattformen',
      measure: 'Mått',
      value: 'Antal',
      publishedNeeds: 'Publicerade behov',
      discoverableSuppliers: 'Sökbara leverantörer',
      suggestions: 'Matchningsförslag',
      connections: 'Kontakter (beställare och leverantör i dialog)',
      buyerGroups: 'Beställargrupper',
    },
  },
  {
    title: 'Accessibility statement',
    intro:
      'Navet is behind this website. We want as many people as possible to be able to use it. This statement describes how Navet complies with the Swedish Act (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can report problems to us so that we can fix them.',
    scope:
      'This statement covers the Navet website: searching and reading needs, registration and account, and the workspaces for buyers, suppliers and administrators.',
    status: {
      heading: 'How accessible is the website?',
      body: 'The website is partially compliant with the Act on accessibility to digital public services, because of the shortcomings described below.',
    },
    gaps: {
      heading: 'Content that is not accessible',
      screenReaders:
        'The website has not yet been tested by users of screen readers or other assistive technology. We test with automated tools and the keyboard, which does not replace testing with users.',
      language:
        'Needs that buyers wrote in another language than the page (for example English texts from TED) are not always marked with their language, so a screen reader may pronounce them wrongly (WCAG 3.1.2).',
      charts:
        'The innovation funnel chart is a picture of the table below it; read the numbers in the table or download them as CSV.',
      exports: 'Exports and open data (JSON, OCDS) are machine-readable files, not documents designed for reading.',
    },
    testing: {
      heading: 'How we tested the website',
      body: 'We carried out a self-assessment (internal testing). Every main page is checked automatically with axe against WCAG 2.1 levels A and AA on every change, with no violations. We also go through the main journeys with the keyboard only (visible focus, skip link, labels, landmarks) and check the pages at 390 pixels wide and at 200% zoom.',
    },
    report: {
      heading: 'Report a problem',
      body: 'If you cannot use something on the website, or you find a shortcoming that is not listed here, contact us and we will try to help you or fix it. We normally answer within five working days.',
      email: 'Email {{email}}',
      subject: 'Accessibility of Navet',
    },
    supervision: {
      heading: 'Supervision',
      body: 'The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG and tell them.',
      link: 'Report to DIGG (digg.se)',
    },
    date: 'This statement was prepared on 7 December 2026 and last updated on 7 December 2026.',
    funnel: {
      heading: 'The innovation funnel',
      intro:
        'How far published needs got: from publication via suggestions, interest, contact and dialogue to procurement. Counts only – no organization or person is named.',
      groupBy: 'Group by',
      groupings: { FOCUS_AREA: 'Focus area', REGION: 'Region', CPV_DIVISION: 'CPV division', MONTH: 'Month' },
      from: 'Published from',
      to: 'Published before',
      csv: 'Download the figures as CSV',
      empty: 'No needs were published in the period.',
      none: 'No focus area',
      division: 'CPV {{code}}',
      group: 'Group',
      caption: 'The innovation funnel by {{grouping}}: needs that reached each step',
      chartAlt:
        'Bar chart of the innovation funnel for the largest groups (at most {{count}}). The same numbers are in the table below.',
      chartCaption: 'The chart shows the largest groups (months: the latest), at most {{count}}; the table shows all.',
      showAll: 'Show all {{count}} groups',
      stages: {
        published: 'Published',
        withSuggestions: 'With suggestions',
        withInterest: 'With interest',
        connected: 'Connected',
        inDialogue: 'In dialogue',
        procured: 'Procured',
      },
    },
    stats: {
      title: 'Statistics',
      intro: 'How Navet is used right now. The figures are counted when the page loads.',
      caption: 'Key figures for the platform',
      measure: 'Measure',
      value: 'Count',
      publishedNeeds: 'Published needs',
      discoverableSuppliers: 'Discoverable suppliers',
      suggestions: 'Match suggestions',
      connections: 'Connections (buyer and supplier in dialogue)',
      buyerGroups: 'Buyer groups',
    },
  },
);
