import type { Meta } from '../schema/dataset.js';
import type { Service } from '../schema/service.js';
import { type Lang, localize } from '../text/localized.js';
import { safeUrl } from '../text/url.js';

const SUBJECT: Record<Lang, string> = {
  sv: 'Fel i uppgiften om',
  en: 'Error in the entry for',
};
const BODY: Record<Lang, string> = {
  sv: 'Beskriv vad som är fel och vad som är rätt:',
  en: 'Describe what is wrong and what is right:',
};

/**
 * The href of an insats's "Rapportera fel i uppgiften" link: the insats's own `errorReport`, else the
 * dataset's `meta.errorReport`. A `mailto:` gets a subject with the insats's name and id (and a body
 * prompt); a form URL is returned as it is. Undefined when neither is given or the address is unsafe.
 */
export function errorReportLink(
  service: Pick<Service, 'id' | 'name' | 'errorReport'>,
  meta: Pick<Meta, 'errorReport'> | undefined,
  lang: Lang = 'sv',
): string | undefined {
  const address = safeUrl(service.errorReport ?? meta?.errorReport);
  if (address === undefined || /^tel:/i.test(address)) return undefined;
  if (!/^mailto:/i.test(address)) return address;
  const [target = '', query] = address.split('?', 2);
  // Keep any parameters the publisher put in (cc, a fixed subject prefix) but set subject and body.
  const params = new URLSearchParams(query);
  params.set('subject', `${SUBJECT[lang]} ${localize(service.name, lang)} (${service.id})`);
  params.set('body', `${BODY[lang]}\n\n`);
  // mailto wants %20, not "+", for spaces (RFC 6068).
  return `${target}?${params.toString().replace(/\+/g, '%20')}`;
}
