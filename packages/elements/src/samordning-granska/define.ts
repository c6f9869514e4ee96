import '../insats-sok/define.js';
import '../samordning-karta/define.js';
import '../samordning-analys/define.js';
import '../shared/catalogue-all.js';
import { defineElement } from '../shared/define.js';
import { SamordningGranska } from './samordning-granska.js';

// The preview shows the data in the three elements, so they are registered too.
defineElement('samordning-granska', SamordningGranska);
