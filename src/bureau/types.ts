import type { AgencyCounts, LocatedFinding, NarrativeInputs, ReportData } from '../core';

/** One dropped file as the page shows it: a row of the table. */
export interface AgencyFile {
  id: number;
  file: string;
  kind: 'workbook' | 'report';
  /** The agency its report names, else the file's name. */
  agency: string;
  /** Absent when the file could not be used (then `error` says why). */
  data?: ReportData;
  findings: LocatedFinding[];
  counts: AgencyCounts;
  /** 正文素材 of a workbook: the clerk's own report can be generated from it. */
  inputs?: NarrativeInputs;
  error?: string;
}

export type SeverityFilter = 'all' | 'error' | 'warning' | 'notAssessable' | 'clean';

export type SortKey = 'agency' | 'errors' | 'warnings' | 'notAssessable' | 'newReceived' | 'concluded' | 'carriedForward' | 'review' | 'litigation';
