export * from './jixiao-module.js';
export * from './jixiao-settings.js';
export * from './jixiao-ast-utils.js';
export * from './jixiao-unit-suggestions.js';
export * from './validation/jixiao-issue-codes.js';
export * from './validation/jixiao-messages.js';
export * from './generated/ast.js';
export * from './generated/module.js';
