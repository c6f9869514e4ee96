// The one module script of the example page: registers <insats-sok>.
import '@samordningskartan/elements/insats-sok/define.js';
