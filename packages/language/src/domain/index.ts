/** Domain knowledge of the form, shared by the language server, CLI, export and import. No Langium here. */
export * from './decimal.js';
export * from './money.js';
export * from './spreadsheet.js';
export * from './catalogue.js';
export * from './units.js';
export * from './indicator-names.js';
export * from './grades.js';
export * from './values.js';
export * from './similarity.js';
export * from './goal-names.js';
export * from './goal-links.js';
export * from './grammar-facts.js';
export * from './fraction.js';
export * from './scoring-profiles.js';
export * from './scoring.js';
export * from './projects.js';
export * from './workspace.js';
