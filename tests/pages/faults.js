// Creates <insats-sok> and <samordning-karta> reading the data address given as ?src=… (an external
// script, so the page works under a strict CSP).
const src = new URLSearchParams(location.search).get('src') ?? '';
const sok = document.createElement('insats-sok');
sok.setAttribute('src', src);
document.querySelector('#sok-plats').append(sok);
const karta = document.createElement('samordning-karta');
karta.setAttribute('view', 'lista');
karta.setAttribute('src', src);
document.querySelector('#karta-plats').append(karta);
