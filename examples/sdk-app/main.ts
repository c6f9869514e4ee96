// Lists the coverage gaps of one kommun: the target groups without any available insats there.
// Uses only the public SDK API (the same code works against the published package).
import {
  associationMunicipalities,
  coverage,
  type Dataset,
  formatProblem,
  loadDataset,
  localize,
  municipalityByCode,
} from '@samordningskartan/sdk';

const select = document.querySelector<HTMLSelectElement>('#kommun')!;
const status = document.querySelector<HTMLElement>('#status')!;
const result = document.querySelector<HTMLElement>('#result')!;

const kommunName = (code: string) => municipalityByCode(code)?.name ?? code;

/** Every kommun in a förbund of the dataset, with the förbund it belongs to, sorted by name. */
function kommuner(ds: Dataset): Array<{ code: string; association: string }> {
  const seen = new Map<string, string>();
  for (const a of ds.associations())
    for (const code of associationMunicipalities(ds, a.id)) if (!seen.has(code)) seen.set(code, a.id);
  return [...seen]
    .map(([code, association]) => ({ code, association }))
    .sort((a, b) => kommunName(a.code).localeCompare(kommunName(b.code), 'sv'));
}

function item(text: string, count?: number): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (count !== undefined) {
    const span = document.createElement('span');
    span.className = 'count';
    span.textContent = ` (${count} ${count === 1 ? 'insats' : 'insatser'})`;
    li.append(span);
  }
  return li;
}

function show(ds: Dataset, code: string, association: string): void {
  const matrix = coverage(ds, { association, municipalities: [code] });
  const labels = new Map(matrix.rows.map((row) => [row.id, localize(row.label)]));
  const gaps = matrix.gaps.map((cell) => labels.get(cell.row) ?? cell.row);
  const covered = matrix.cells.flat().filter((cell) => cell.count > 0);
  result.querySelector('h2')!.textContent = `${kommunName(code)} (${ds.label(association)})`;
  result
    .querySelector('#gaps')!
    .replaceChildren(...(gaps.length ? gaps.map((g) => item(g)) : [item('Inga luckor.')]));
  result
    .querySelector('#covered')!
    .replaceChildren(...covered.map((cell) => item(labels.get(cell.row) ?? cell.row, cell.count)));
  result.hidden = false;
  status.textContent = `${gaps.length} av ${matrix.rows.length} målgrupper saknar insatser i ${kommunName(code)}.`;
}

const { dataset, problems, fatal } = await loadDataset('/data/demo.json');
for (const p of problems) console.warn(formatProblem(p));
if (fatal) {
  status.textContent = 'Datafilen kunde inte läsas.';
} else {
  const list = kommuner(dataset);
  select.replaceChildren(
    new Option('Välj kommun', ''),
    ...list.map(({ code }) => new Option(`${kommunName(code)} (${code})`, code)),
  );
  select.disabled = false;
  select.addEventListener('change', () => {
    const chosen = list.find((k) => k.code === select.value);
    if (chosen) show(dataset, chosen.code, chosen.association);
    else result.hidden = true;
  });
  const initial = new URLSearchParams(location.search).get('kommun');
  if (initial && list.some((k) => k.code === initial)) {
    select.value = initial;
    select.dispatchEvent(new Event('change'));
  }
}
