import { defineElement } from '../shared/define.js';
import { SamordningKarta } from './samordning-karta.js';

defineElement('samordning-karta', SamordningKarta);

export { SamordningKarta };
