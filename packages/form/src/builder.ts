/** From a parsed declaration (the language package's syntax tree) to the form model: for the language server and the CLI. */
export * from './form-builder.js';
