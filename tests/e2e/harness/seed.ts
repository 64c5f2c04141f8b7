import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PromoExpectation {
  title: string;
  byline: string;
  siteName: string;
  paragraphs: string[];
  mustContain?: string[];
  mustNotContain: string[];
  leadImageCaption?: string;
}

export const SEED_PATH = '/shared/fixtures/promo/inkl-latin-times/page.html';
export const seedExpected = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../../shared/fixtures/promo/inkl-latin-times/expected.json'),
    'utf8',
  ),
) as PromoExpectation;

export const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');
