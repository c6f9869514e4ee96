export * from './common.js';
export * from './dataset.js';
export * from './error-report.js';
export * from './organisation.js';
export * from './relation.js';
export * from './service.js';
export * from './statistic.js';
export * from './taxonomy.js';
