import type { Feature } from 'write-excel-file/universal';
import type { XlsxSheet } from './xlsx-sheets';

/**
 * A write-excel-file feature that adds an autofilter (the header's filter
 * buttons) to the sheets that ask for one: `<autoFilter>` after the sheet's
 * data, and the hidden `_xlnm._FilterDatabase` name Excel keeps for it.
 */
export function autoFilterFeature(sheets: readonly XlsxSheet[]): Feature<Blob> {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml, _options, { sheetIndex }) {
            const ref = sheets[sheetIndex]?.autoFilter;
            return ref ? xml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`) : xml;
          },
        },
        'xl/workbook.xml': {
          transform(xml) {
            const names = sheets
              .map((s, i) => (s.autoFilter ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escape(`${quoted(s.sheet ?? '')}!${absolute(s.autoFilter)}`)}</definedName>` : ''))
              .join('');
            if (!names) return xml;
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names}</definedNames>`);
            return xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}
