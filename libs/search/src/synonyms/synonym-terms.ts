/**
 * Terms as the synonym builder compares them: lower case (Swedish rules), NFC, words split on
 * anything that is not a letter or digit, the way Meilisearch splits a query into words.
 */
export function termWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const normalizeTerm = (text: string): string => termWords(text).join(' ');

/**
 * Function words of CPV labels and queries in both languages. They carry no subject, so they never
 * align with a word of the other language, and a label that is only such words is no synonym.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Swedish
    'och eller av för i på till med samt annan annat andra övrig övriga utom från som det den de en ett inte än vid om under över',
    // Swedish verbs and pronouns that are also CPV nouns ("får" = may / sheep, "delar" = shares / parts)
    'får kan ska har vill bör man mot nya egen eget egna delar',
    // English
    'and or of for the a an in on to with by from other others not except related similar as at into its their than under over',
  ]
    .join(' ')
    .split(' '),
);

/** Meilisearch looks synonyms up for query terms of one to three words only (longer keys never fire). */
export const MAX_KEY_WORDS = 3;
