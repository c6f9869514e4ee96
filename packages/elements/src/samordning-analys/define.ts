// Side-effect entry: registers <samordning-analys>.
import { defineElement } from '../shared/define.js';
import { SamordningAnalys } from './samordning-analys.js';

// The cast is needed because the `dataset` property (a Dataset) replaces HTMLElement's DOMStringMap.
defineElement('samordning-analys', SamordningAnalys);

export { SamordningAnalys };
