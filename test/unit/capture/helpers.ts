import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageMetadata, type PageMetadata } from '../../../lib/capture/page-metadata';
import { BrandSchema, brandKey, type Brand } from '../../../lib/model';

const FIXTURES = join(process.cwd(), 'test/fixtures/capture');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Parses a fixture page (needs the jsdom environment for DOMParser). */
export function fixtureDoc(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

export function fixtureMeta(name: string, url: string): PageMetadata {
  return readPageMetadata(fixtureDoc(name), url);
}

export function htmlDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const T = '2026-01-01T00:00:00.000Z';

export function makeBrand(id: string, name: string, domains: string[] = [], aliases: string[] = []): Brand {
  return BrandSchema.parse({
    id,
    studyId: 'study-1',
    name,
    nameKey: brandKey(name),
    domains,
    aliases,
    color: '#2563eb',
    createdAt: T,
    updatedAt: T,
  });
}
