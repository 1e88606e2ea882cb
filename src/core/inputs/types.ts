/**
 * The clerk's 正文素材: the numbers and text of the report's narrative that are not in the tables.
 * Its own module, below both the workbook layout (the 正文素材 sheet) and the narrative generator.
 */
export interface NarrativeInputs {
  /** 主动公开 figures that are not in the tables. */
  active?: {
    totalItems?: number | null;
    website?: number | null;
    newMedia?: number | null;
    gazetteIssues?: number | null;
    other?: number | null;
    interpretations?: number | null;
    responses?: number | null;
    keyAreas?: string;
  };
  applicationRemarks?: string;
  managementMeasures?: string;
  platforms?: string;
  supervision?: { staff?: number | null; trainings?: number | null; assessments?: string; accountability?: string };
  problems?: { lastYearFixes?: string[]; current?: string[]; measures?: string[] };
  other?: {
    /** Applications charged 信息处理费; 0 or blank: none charged, which must still be stated. */
    feeApplications?: number | null;
    feeAmountYuan?: number | null;
    keyPoints?: string;
    proposals?: string;
    innovation?: string;
    statistics?: string;
    other?: string;
  };
  /** 落款: the date under the agency's name at the end of the .docx; no date, no 落款. */
  signature?: { date?: string };
}
