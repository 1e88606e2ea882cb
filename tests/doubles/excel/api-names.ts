/* eslint-disable @typescript-eslint/no-explicit-any */
/** NamedItemCollection, NamedItem and the worksheet onChanged event. */

import { qualified } from './a1';
import { NULL } from './context';
import { fail } from './errors';
import { nameReference } from './model';
import type { NameModel, SheetModel } from './model';
import { addName, namesOf, pointName } from './model-ops';
import { defineSpecs } from './proxy';
import { act, bool, created, derive, rangeArg, result, target } from './spec-kit';

defineSpecs({
  names: {
    type: 'NamedItemCollection',
    items: { kind: 'namedItem', list: (n, ctx) => [...namesOf(n, ctx.double).values()] },
    methods: {
      add: (self, name: string, reference: unknown, comment?: string) => {
        const ref = typeof reference === 'string' ? reference : rangeArg(self.ctx, reference, 'NamedItemCollection.add');
        return created(self, 'namedItem', 'NamedItemCollection.add', (n: { scope: SheetModel | null }) => addName(self.ctx.double, n.scope, name, ref, comment));
      },
      getItem: (self, name: string) =>
        derive(self, 'namedItem', (n) => namesOf(n, self.ctx.double).get(String(name).toLowerCase()) ?? fail('ItemNotFound', `name '${name}'`)),
      getItemOrNullObject: (self, name: string) => derive(self, 'namedItem', (n) => namesOf(n, self.ctx.double).get(String(name).toLowerCase()) ?? NULL),
      getCount: (self) => result(self, 'NamedItemCollection.getCount', (n) => namesOf(n, self.ctx.double).size),
    },
  },

  namedItem: {
    type: 'NamedItem',
    props: {
      name: { get: (n: NameModel) => n.name },
      type: {
        get: (n: NameModel) => {
          if (n.constant === undefined) return n.sheet ? 'Range' : 'Error';
          const body = n.constant.slice(1);
          return /^(true|false)$/i.test(body) ? 'Boolean' : Number.isFinite(Number(body)) && body.trim() !== '' ? 'Double' : 'String';
        },
      },
      value: { get: (n: NameModel) => (n.constant !== undefined ? n.constant.slice(1) : n.sheet && n.rect ? qualified(n.sheet, n.rect, true) : '#REF!') },
      formula: {
        get: (n: NameModel) => (n.constant !== undefined ? n.constant : n.sheet && n.rect ? `=${qualified(n.sheet, n.rect, true)}` : '=#REF!'),
        set: (n: NameModel, v, ctx) => pointName(ctx.double, n, String(v)),
      },
      comment: { get: (n: NameModel) => n.comment, set: (n: NameModel, v) => (n.comment = String(v ?? '')) },
      visible: { get: (n: NameModel) => n.visible, set: (n: NameModel, v) => (n.visible = bool('visible')(v)) },
      scope: { get: (n: NameModel) => (n.scope ? 'Worksheet' : 'Workbook') },
    },
    nav: {
      worksheet: { kind: 'worksheet', resolve: (n: NameModel) => n.scope ?? fail('ItemNotFound', `${n.name} is scoped to the workbook`) },
      worksheetOrNullObject: { kind: 'worksheet', resolve: (n: NameModel) => n.scope ?? NULL },
    },
    methods: {
      getRange: (self) =>
        derive(self, 'range', (n: NameModel) => (n.sheet && n.rect ? target(n.sheet, n.rect) : fail('InvalidReference', `${n.name} refers to ${nameReference(n)}, not a range`))),
      getRangeOrNullObject: (self) => derive(self, 'range', (n: NameModel) => (n.sheet && n.rect ? target(n.sheet, n.rect) : NULL)),
      delete: (self) =>
        act(self, 'NamedItem.delete', (n: NameModel) => {
          (n.scope ? n.scope.names : self.ctx.double.names).delete(n.name.toLowerCase());
          n.deleted = true;
        }),
    },
  },

  changedEvent: {
    type: 'EventHandlers',
    methods: {
      add: (self, handler: (args: any) => unknown) => {
        let bound: SheetModel | null = null;
        act(self, 'EventHandlers.add', (s: SheetModel) => (bound = s).changeHandlers.push(handler));
        return {
          context: self.ctx,
          remove: () =>
            self.ctx.enqueue('EventHandlerResult.remove', () => {
              if (bound) bound.changeHandlers = bound.changeHandlers.filter((h) => h !== handler);
            }),
        };
      },
    },
  },
});
