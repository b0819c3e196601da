import path from 'node:path';

export const DFE = path.resolve(import.meta.dirname, '../../../../shared/data/dfe');
export const BAD = path.resolve(import.meta.dirname, '../../fixtures/bad');
