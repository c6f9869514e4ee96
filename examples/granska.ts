// The one module script of the page: registers <samordning-granska> (and the three elements of its preview).
import '@samordningskartan/elements/samordning-granska/define.js';
