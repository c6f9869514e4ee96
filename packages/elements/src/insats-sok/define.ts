import { defineElement } from '../shared/define.js';
import { InsatsSok } from './insats-sok.js';

// The cast: `dataset` (the data property of the public API) shadows HTMLElement's DOMStringMap.
defineElement('insats-sok', InsatsSok);
