// React 19 page using the elements with typed properties and events. React 19 sets known properties
// on custom elements and listens to `on<event-name>` props; the typings come from
// @samordningskartan/elements/jsx/react (generated from custom-elements.json).
import type {} from '@samordningskartan/elements/jsx/react';
import '@samordningskartan/elements/insats-sok/define.js';
import '@samordningskartan/elements/samordning-karta/define.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const DATA = '/data/demo.json';
const KOMMUNER = [
  { code: '', name: 'Alla kommuner' },
  { code: '1980', name: 'Västerås' },
  { code: '0780', name: 'Växjö' },
  { code: '0580', name: 'Linköping' },
  { code: '1780', name: 'Karlstad' },
];

function App() {
  const [municipality, setMunicipality] = useState('');
  const [selected, setSelected] = useState('');
  const [loaded, setLoaded] = useState('');

  return (
    <main>
      <h1>Samordningskartan i React 19</h1>
      <p>
        <label htmlFor="kommun">Kommun</label>
        <select id="kommun" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
          {KOMMUNER.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
      </p>
      <p role="status">
        {selected ? `Vald i kartan: ${selected}. ` : ''}
        {loaded}
      </p>
      <samordning-karta
        src={DATA}
        for="sok"
        onsamordning-karta-select={(e) => setSelected(e.detail.id)}
      ></samordning-karta>
      <h2>Sök insatser</h2>
      <insats-sok
        id="sok"
        src={DATA}
        municipality={municipality || undefined}
        staleMonths={12}
        oninsats-sok-load={(e) =>
          setLoaded(e.detail.errors ? `${e.detail.errors} fel i datafilen.` : 'Insatserna är laddade.')
        }
      ></insats-sok>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
