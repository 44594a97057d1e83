import { packsByLanguage } from '@/lib/i18n/language-packs';
import type { PoaLanguagePack } from '../types';

/** Every UI language's Plan of Action texts, from `./<code>.ts`. */
export const POA_TEXTS = packsByLanguage(
  import.meta.glob<PoaLanguagePack>(['./*.ts', '!./index.ts'], { eager: true, import: 'poaText' }),
);
