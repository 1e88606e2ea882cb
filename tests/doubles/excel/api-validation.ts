/** DataValidation and conditional formats. */

import { NULL } from './context';
import { CF_TYPES, DV_KINDS } from './enums';
import { fail } from './errors';
import { eachIn, key } from './model';
import type { ConditionalFormatModel } from './model';
import { cfProp, cfsIn, checkMessage, checkRule, removeCf, validationProp } from './model-ops';
import { defineSpecs } from './proxy';
import { act, bool, color, created, derive, guardProtected, oneOf, result, target } from './spec-kit';
import type { RangeTarget } from './spec-kit';

defineSpecs({
  dataValidation: {
    type: 'DataValidation',
    props: {
      rule: validationProp('rule', null, checkRule),
      prompt: validationProp('prompt', { message: '', showPrompt: false, title: '' }, checkMessage('prompt')),
      errorAlert: validationProp('errorAlert', { message: '', showAlert: true, style: 'Stop', title: '' }, checkMessage('errorAlert')),
      ignoreBlanks: validationProp('ignoreBlanks', true, bool('ignoreBlanks')),
      type: {
        get: (t: RangeTarget) => {
          const kinds = new Set<string>();
          eachIn(t.rect, (r, c) => {
            const rule = t.sheet.validations.get(key(r, c))?.rule;
            kinds.add(rule ? DV_KINDS[Object.keys(rule)[0]] : 'None');
          });
          return kinds.size === 1 ? [...kinds][0] : 'Inconsistent';
        },
      },
    },
    methods: {
      clear: (self) =>
        act(self, 'DataValidation.clear', (t: RangeTarget) => {
          guardProtected(t.sheet, 'changing data validation');
          eachIn(t.rect, (r, c) => t.sheet.validations.delete(key(r, c)));
        }),
    },
  },

  conditionalFormats: {
    type: 'ConditionalFormatCollection',
    items: { kind: 'conditionalFormat', list: cfsIn },
    methods: {
      add: (self, type: string) =>
        created(self, 'conditionalFormat', 'ConditionalFormatCollection.add', (t: RangeTarget) => {
          oneOf(CF_TYPES, 'conditional format type')(type);
          guardProtected(t.sheet, 'adding conditional formats', 'allowFormatCells');
          const cf: ConditionalFormatModel = { id: self.ctx.double.newId('cf'), sheet: t.sheet, rects: [{ ...t.rect }], type };
          t.sheet.conditionalFormats.push(cf);
          return cf;
        }),
      getCount: (self) => result(self, 'ConditionalFormatCollection.getCount', (t: RangeTarget) => cfsIn(t).length),
      getItem: (self, id: string) => derive(self, 'conditionalFormat', (t: RangeTarget) => cfsIn(t).find((f) => f.id === id) ?? fail('ItemNotFound', `conditional format ${id}`)),
      getItemAt: (self, i: number) => derive(self, 'conditionalFormat', (t: RangeTarget) => cfsIn(t)[i] ?? fail('ItemNotFound', `conditional format #${i}`)),
      clearAll: (self) => act(self, 'ConditionalFormatCollection.clearAll', (t: RangeTarget) => cfsIn(t).forEach(removeCf)),
    },
  },

  conditionalFormat: {
    type: 'ConditionalFormat',
    props: {
      id: { get: (cf: ConditionalFormatModel) => cf.id },
      type: { get: (cf: ConditionalFormatModel) => cf.type },
      priority: { get: (cf: ConditionalFormatModel) => cf.sheet.conditionalFormats.indexOf(cf) },
      stopIfTrue: cfProp('stopIfTrue', false, bool('stopIfTrue')),
    },
    nav: {
      custom: { kind: 'customConditionalFormat', resolve: (cf) => (cf.type === 'Custom' ? cf : fail('InvalidOperation', `a ${cf.type} conditional format has no custom rule`)) },
      customOrNullObject: { kind: 'customConditionalFormat', resolve: (cf) => (cf.type === 'Custom' ? cf : NULL) },
    },
    methods: {
      delete: (self) => act(self, 'ConditionalFormat.delete', removeCf),
      getRange: (self) => derive(self, 'range', (cf: ConditionalFormatModel) => target(cf.sheet, cf.rects[0])),
      getRangeOrNullObject: (self) => derive(self, 'range', (cf: ConditionalFormatModel) => target(cf.sheet, cf.rects[0])),
    },
  },

  customConditionalFormat: {
    type: 'CustomConditionalFormat',
    nav: {
      rule: { kind: 'conditionalFormatRule', resolve: (cf) => cf },
      format: { kind: 'conditionalRangeFormat', resolve: (cf) => cf },
    },
  },

  conditionalFormatRule: {
    type: 'ConditionalFormatRule',
    props: { formula: cfProp('formula', ''), formulaLocal: cfProp('formula', '') },
  },

  conditionalRangeFormat: {
    type: 'ConditionalRangeFormat',
    nav: {
      fill: { kind: 'conditionalRangeFill', resolve: (cf) => cf },
      font: { kind: 'conditionalRangeFont', resolve: (cf) => cf },
    },
  },

  conditionalRangeFill: {
    type: 'ConditionalRangeFill',
    props: { color: cfProp('fill', null, color) },
    methods: { clear: (self) => act(self, 'ConditionalRangeFill.clear', (cf: ConditionalFormatModel) => delete cf.fill) },
  },

  conditionalRangeFont: {
    type: 'ConditionalRangeFont',
    props: { color: cfProp('fontColor', null, color), bold: cfProp('bold', false, bool('bold')), italic: cfProp('italic', false, bool('italic')) },
    methods: {
      clear: (self) =>
        act(self, 'ConditionalRangeFont.clear', (cf: ConditionalFormatModel) => {
          delete cf.fontColor;
          delete cf.bold;
          delete cf.italic;
        }),
    },
  },
});
