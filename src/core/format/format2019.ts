import { APPLICATIONS_2019, REVIEW, SECTIONS } from './common';
import type { ColumnSpec, FormatSpec } from './types';

const ITEM_COLUMNS: ColumnSpec[] = [
  { key: 'previousItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', kind: 'signed', hint: '减少填负数，如 -1' },
  { key: 'decisions', label: '处理决定数量' },
];

/** 国办公开办函〔2019〕60号（试行）: the 2019 and 2020 reports. */
export const FORMAT_2019: FormatSpec = {
  version: '2019',
  issuedBy: '国办公开办函〔2019〕60号（试行）',
  years: { from: 2019, to: 2020 },
  markers: {
    active: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '第二十条第（九）项', '政府集中采购', '其他对外管理服务事项'],
    // Also printed, as a group heading, by 2021's table 三: the newer format's own words are looked for first.
    applications: ['（六）其他处理'],
  },
  narrative: {
    // 2019 writes 处理决定 as 处理决定数量 too.
    decisions: [
      { cell: 'active2019.licensing.decisions', label: '行政许可' },
      { cell: 'active2019.penalty.decisions', label: '行政处罚' },
      { cell: 'active2019.coercion.decisions', label: '行政强制' },
    ],
    documents: {
      kind: 'made',
      rows: [
        { label: '规章', made: 'active2019.regulations.made' },
        { label: '规范性文件', made: 'active2019.normativeDocuments.made' },
      ],
    },
  },
  sections: SECTIONS,
  tables: [
    {
      kind: 'blocks',
      id: 'active',
      idPrefix: 'active2019',
      blocks: [
        {
          heading: '第二十条第（一）项',
          columns: [
            { key: 'made', label: '本年新制作数量' },
            { key: 'published', label: '本年新公开数量' },
            { key: 'totalPublished', label: '对外公开总数量' },
          ],
          rows: [
            { key: 'regulations', label: '规章' },
            { key: 'normativeDocuments', label: '规范性文件' },
          ],
        },
        {
          heading: '第二十条第（五）项',
          columns: ITEM_COLUMNS,
          rows: [
            { key: 'licensing', label: '行政许可' },
            { key: 'otherServices', label: '其他对外管理服务事项' },
          ],
        },
        {
          heading: '第二十条第（六）项',
          columns: ITEM_COLUMNS,
          rows: [
            { key: 'penalty', label: '行政处罚' },
            { key: 'coercion', label: '行政强制' },
          ],
        },
        {
          heading: '第二十条第（八）项',
          columns: ITEM_COLUMNS.slice(0, 2),
          rows: [{ key: 'fees', label: '行政事业性收费' }],
        },
        {
          heading: '第二十条第（九）项',
          columns: [
            { key: 'projects', label: '采购项目数量' },
            { key: 'amount', label: '采购总金额', kind: 'text', hint: '填写金额并注明单位，如 75万元' },
          ],
          rows: [{ key: 'procurement', label: '政府集中采购' }],
        },
      ],
    },
    APPLICATIONS_2019,
    REVIEW,
  ],
};
