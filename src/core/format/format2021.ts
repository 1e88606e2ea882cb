import { APPLICATIONS_2021, REVIEW, SECTIONS } from './common';
import type { FormatSpec } from './types';

/** 国办公开办函〔2021〕30号: mandatory from the 2021 report on. */
export const FORMAT_2021: FormatSpec = {
  version: '2021',
  issuedBy: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  markers: {
    active: ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '行政规范性文件'],
    applications: ['逾期不补正', '逾期未按收费通知', '不再处理其政府信息公开申请'],
  },
  narrative: {
    decisions: [
      { cell: 'active.licensing.decisions', label: '行政许可' },
      { cell: 'active.penalty.decisions', label: '行政处罚' },
      { cell: 'active.coercion.decisions', label: '行政强制' },
    ],
    documents: {
      kind: 'stock',
      rows: [
        { label: '规章', issued: 'active.regulations.issued', repealed: 'active.regulations.repealed', inForce: 'active.regulations.inForce' },
        { label: '行政规范性文件', issued: 'active.normativeDocuments.issued', repealed: 'active.normativeDocuments.repealed', inForce: 'active.normativeDocuments.inForce' },
      ],
    },
  },
  sections: SECTIONS,
  tables: [
    {
      kind: 'blocks',
      id: 'active',
      idPrefix: 'active',
      blocks: [
        {
          heading: '第二十条第（一）项',
          columns: [
            { key: 'issued', label: '本年制发件数' },
            { key: 'repealed', label: '本年废止件数' },
            { key: 'inForce', label: '现行有效件数', hint: '截至12月31日仍然有效的件数' },
          ],
          rows: [
            { key: 'regulations', label: '规章' },
            { key: 'normativeDocuments', label: '行政规范性文件' },
          ],
        },
        {
          heading: '第二十条第（五）项',
          columns: [{ key: 'decisions', label: '本年处理决定数量', hint: '本年作出的全部处理决定，不论是否公开' }],
          rows: [{ key: 'licensing', label: '行政许可' }],
        },
        {
          heading: '第二十条第（六）项',
          columns: [{ key: 'decisions', label: '本年处理决定数量', hint: '本年作出的全部处理决定，不论是否公开' }],
          rows: [
            { key: 'penalty', label: '行政处罚' },
            { key: 'coercion', label: '行政强制' },
          ],
        },
        {
          heading: '第二十条第（八）项',
          columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', hint: '单位为万元，可填小数' }],
          rows: [{ key: 'fees', label: '行政事业性收费' }],
        },
      ],
    },
    APPLICATIONS_2021,
    REVIEW,
  ],
};
