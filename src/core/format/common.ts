import type { GroupedRowTableSpec, MatrixTableSpec, RowNode, SectionSpec } from './types';

/** The six sections; the same titles in both versions. */
export const SECTIONS: SectionSpec[] = [
  { number: 1, title: '一、总体情况' },
  { number: 2, title: '二、主动公开政府信息情况', table: 'active' },
  { number: 3, title: '三、收到和处理政府信息公开申请情况', table: 'applications' },
  {
    number: 4,
    title: '四、政府信息公开行政复议、行政诉讼情况',
    variants: ['四、政府信息公开行政复议和行政诉讼情况'],
    table: 'review',
  },
  { number: 5, title: '五、存在的主要问题及改进情况', variants: ['五、存在问题及改进情况'] },
  { number: 6, title: '六、其他需要报告的事项' },
];

const WITHHELD: RowNode = {
  key: 'withheld',
  label: '（三）不予公开',
  children: [
    { key: 'stateSecret', label: '1.属于国家秘密' },
    { key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开' },
    { key: 'securityStability', label: '3.危及“三安全一稳定”' },
    { key: 'thirdParty', label: '4.保护第三方合法权益' },
    { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
    { key: 'processInfo', label: '6.属于四类过程性信息' },
    { key: 'enforcementFile', label: '7.属于行政执法案卷' },
    { key: 'administrativeQuery', label: '8.属于行政查询事项' },
  ],
};

const UNAVAILABLE: RowNode = {
  key: 'unavailable',
  label: '（四）无法提供',
  children: [
    { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
    { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
    { key: 'unclear', label: '3.补正后申请内容仍不明确' },
  ],
};

const NOT_PROCESSED: RowNode = {
  key: 'notProcessed',
  label: '（五）不予处理',
  children: [
    { key: 'petition', label: '1.信访举报投诉类申请' },
    { key: 'duplicate', label: '2.重复申请' },
    { key: 'publication', label: '3.要求提供公开出版物' },
    { key: 'massRepeated', label: '4.无正当理由大量反复申请' },
    { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
  ],
};

const OTHER_2021: RowNode = {
  key: 'other',
  label: '（六）其他处理',
  children: [
    { key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { key: 'feeUnpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { key: 'other', label: '3.其他' },
  ],
};

const OTHER_2019: RowNode = { key: 'other', label: '（六）其他处理' };

const RESULT_KEYS = ['disclosed', 'partiallyDisclosed', 'withheld', 'unavailable', 'notProcessed', 'other'];

function applicationsTable(other: RowNode): MatrixTableSpec {
  return {
    kind: 'matrix',
    id: 'applications',
    idPrefix: 'applications',
    note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    columnsHeading: '申请人情况',
    columns: [
      { key: 'naturalPerson', label: '自然人' },
      { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
      { key: 'research', label: '科研机构', group: '法人或其他组织' },
      { key: 'publicWelfare', label: '社会公益组织', group: '法人或其他组织' },
      { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
      { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
      { key: 'total', label: '总计', isTotal: true },
    ],
    rows: [
      { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
      { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
      {
        key: '',
        label: '三、本年度办理结果',
        children: [
          { key: 'disclosed', label: '（一）予以公开' },
          { key: 'partiallyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
          WITHHELD,
          UNAVAILABLE,
          NOT_PROCESSED,
          other,
          { key: 'total', label: '（七）总计', sumOfSiblings: RESULT_KEYS },
        ],
      },
      { key: 'carriedForward', label: '四、结转下年度继续办理' },
    ],
  };
}

export const APPLICATIONS_2021 = applicationsTable(OTHER_2021);
export const APPLICATIONS_2019 = applicationsTable(OTHER_2019);

export const REVIEW: GroupedRowTableSpec = {
  kind: 'groupedRow',
  id: 'review',
  groups: [
    { key: 'review', label: '行政复议' },
    { key: 'litigationDirect', label: '未经复议直接起诉', parent: '行政诉讼' },
    { key: 'litigationAfterReview', label: '复议后起诉', parent: '行政诉讼' },
  ],
  columns: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计', isTotal: true },
  ],
};
