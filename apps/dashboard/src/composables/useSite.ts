/**
 * What every page shows around its figures: the schemes and municipalities, the data's date and
 * the publication served. Asked once per visit.
 */
import { ref } from 'vue';
import type { RouterOutputs } from '@img-groningen/reporting';
import { api } from '../api';

export type MetaInfo = RouterOutputs['meta']['info'];
export type Publication = RouterOutputs['publications']['list']['current'];

const meta = ref<MetaInfo | null>(null);
const publication = ref<Publication>(null);
const error = ref<string | null>(null);
let started: Promise<void> | null = null;

export function useSite() {
  started ??= Promise.all([api.meta.info.query(), api.publications.list.query()])
    .then(([info, list]) => {
      meta.value = info;
      publication.value = list.current;
    })
    .catch((e: unknown) => {
      error.value = e instanceof Error ? e.message : String(e);
    });
  return { meta, publication, error, ready: started };
}

/** A scheme's name in the language shown. */
export function schemeName(info: MetaInfo | null, code: string, language: string): string {
  const scheme = info?.schemes.find((s) => s.code === code);
  if (!scheme) return code;
  return language === 'en' ? scheme.nameEn : scheme.nameNl;
}
