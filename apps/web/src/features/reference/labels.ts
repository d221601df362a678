/** A CPV code's label in the UI language, falling back to the other one. */
export const cpvLabel = (c: { labelSv: string; labelEn: string }, language: string): string =>
  (language === 'en' ? c.labelEn : c.labelSv) || c.labelEn || c.labelSv;
