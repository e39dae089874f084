/**
 * The content script's glosser over the bundled dictionary index. Its key maps are built on the first label
 * glossed, not at page start, so a page where the user never touches a field pays nothing for them.
 */
import index from 'virtual:tebiki-index';
import { createGlosser, type Glosser as IndexGlosser } from '@/src/glossary/matcher';
import type { Glosser } from './explain';

let instance: IndexGlosser | null = null;

export const glosser: Glosser = {
  gloss(label) {
    instance ??= createGlosser(index);
    return instance.gloss(label);
  },
};
