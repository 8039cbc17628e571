import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseYAML } from 'confbox';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../lib/errors/app-error';
import { errorKey, errorText, readError } from '../../../lib/errors/error-text';
import { BrandNameTakenError } from '../../../lib/db/brands-repo';
import { StageInUseError } from '../../../lib/db/stages-repo';
import { NoStagesError } from '../../../lib/db/study-admin';
import { describeFailure } from '../../../lib/content/failure-text';
import { walkFailureText } from '../../../components/walks/walk-errors';

type Messages = Record<string, unknown>;
const messages = (locale: string) => parseYAML(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8')) as Messages;
const LOCALES = { en: messages('en'), lv: messages('lv'), zh_CN: messages('zh_CN'), zh_TW: messages('zh_TW') };

/** The browser's getMessage over one locale file, with `$1`… substituted as Chrome does. */
function speak(locale: keyof typeof LOCALES) {
  const table = LOCALES[locale];
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const text = table[key];
    if (typeof text !== 'string') return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

/** Values for the codes whose sentence has `$n`. */
const PARAMS: Partial<Record<ErrorCode, string[]>> = {
  'brand-name-taken': ['Acme'],
  'stage-in-use': ['3'],
  'site-invalid': ['bad host'],
  'sites-too-many': ['500'],
  'invalid-field': ['brands.0.name'],
};

afterEach(() => fakeBrowser.reset());

describe('errorText', () => {
  for (const locale of ['lv', 'zh_CN', 'zh_TW'] as const) {
    it(`${locale}: every code reads as its translated sentence, never the English text or the developer message`, () => {
      for (const code of ERROR_CODES) {
        const params = PARAMS[code] ?? [];
        const developer = `developer text for ${code}`;
        speak(locale);
        const text = errorText(new AppError(code, params, developer));
        speak('en');
        const english = errorText(new AppError(code, params, developer));
        const key = errorKey(code);
        const own = String(LOCALES[locale][key]).replace(/\$(\d)/g, (_, n: string) => params[Number(n) - 1] ?? '');
        expect(text, code).toBe(own);
        expect(text, code).not.toBe(english);
        expect(text, code).not.toContain(developer);
        expect(text.trim(), code).not.toBe('');
      }
    });
  }

  it('every code has its sentence in all four locales, at every place', () => {
    for (const code of ERROR_CODES) {
      for (const place of ['ui', 'clip', 'walk'] as const) {
        const key = errorKey(code, place);
        for (const [name, table] of Object.entries(LOCALES)) expect(typeof table[key], `${name}.${key} (${code} at ${place})`).toBe('string');
      }
    }
  });

  it('the errors lib/db throws are coded: brand name taken, a bad colour, no stages, a stage in use', () => {
    speak('lv');
    expect(errorText(new BrandNameTakenError('Acme'))).toBe('Zīmols ar nosaukumu Acme jau ir — apvienojiet tos.');
    expect(readError(new NoStagesError()).code).toBe('no-stages');
    expect(errorText(new StageInUseError(2))).toBe('2 izgriezumi ir posmā, ko šī atsaukšana noņemtu; vispirms pārvietojiet tos.');
    speak('zh_CN');
    expect(errorText(new AppError('brand-colour', [], 'a colour is #rrggbb'))).toBe('请用颜色选择器选择品牌颜色。');
    expect(errorText(new AppError('brand-colour', [], 'a colour is #rrggbb'))).not.toContain('#rrggbb');
  });

  it('zod errors name the field in the UI language (never zod\'s English message)', () => {
    speak('lv');
    const nameError = z.object({ name: z.string().min(1) }).safeParse({ name: '' }).error!;
    expect(errorText(nameError)).toBe(String(LOCALES.lv.studiesNameInvalid));
    const fieldError = z.object({ brands: z.array(z.object({ domain: z.string().min(3) })) }).safeParse({ brands: [{ domain: 'x' }] }).error!;
    expect(errorText(fieldError)).toBe('“brands.0.domain” nav derīgs; pārbaudiet, ko tur ierakstījāt.');
    expect(errorText(fieldError)).not.toMatch(/Too small|expected/i);
  });

  it('storage errors of the browser are coded: quota, a closed database', () => {
    speak('zh_TW');
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(String(LOCALES.zh_TW.errorStorageFullAny));
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(errorText(closed)).toBe(String(LOCALES.zh_TW.errorStorageUnavailable));
  });

  it('a frame wraps the sentence ("Export failed: …"); an error with no code shows its own text in the frame', () => {
    speak('lv');
    expect(errorText(new AppError('study-missing'), { frame: 'exportFailed' })).toBe(String(LOCALES.lv.exportFailed).replace('$1', String(LOCALES.lv.errorStudyMissing)));
    expect(errorText(new Error('disk on fire'), { frame: 'exportFailed' })).toBe(String(LOCALES.lv.exportFailed).replace('$1', 'disk on fire'));
    expect(errorText(new Error('disk on fire'))).toBe(String(LOCALES.lv.errorGeneric).replace('$1', 'disk on fire'));
    expect(errorText('plain string')).toBe(String(LOCALES.lv.errorGeneric).replace('$1', 'plain string'));
  });

  it('failed answers: the clip form and walk-throughs word codes for their place', () => {
    speak('en');
    expect(describeFailure({ code: 'storage-full', message: 'QuotaExceededError' })).toBe(String(LOCALES.en.errorStorageFull));
    expect(describeFailure({ code: 'unreachable', message: 'Receiving end does not exist' })).toBe(String(LOCALES.en.errorUnreachable));
    expect(describeFailure({ code: 'invalid-data', message: 'draft.quote: Too small' })).toBe(String(LOCALES.en.errorInvalidData));
    expect(describeFailure({ code: 'internal', message: 'boom' })).toBe('Something went wrong: boom');
    expect(walkFailureText({ code: 'not-web-page', message: 'x' })).toBe(String(LOCALES.en.walkNotWebPage));
    expect(walkFailureText({ code: 'storage-full', message: 'x' })).toBe(String(LOCALES.en.walkStorageFull));
    expect(walkFailureText({ code: 'unknown-stage', message: 'x' })).toBe(String(LOCALES.en.walkStageRequired));
    expect(walkFailureText({ code: 'internal', message: 'boom' })).toBe('The walk-through could not be updated: boom');
    speak('lv');
    expect(describeFailure({ code: 'storage-full', message: 'QuotaExceededError' })).toBe(String(LOCALES.lv.errorStorageFull));
  });
});
