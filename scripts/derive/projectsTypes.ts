/**
 * The shape of the curated project table (projectsCurated*.ts): what the research notes
 * (../shared/data/research/projects.json) say of each project, coded and put into both UI
 * languages by hand. The derivation (projects.ts) checks the table against the research.
 */

/** How far from its site each project is drawn: clear of the site's own marker at the zoom a point is framed (11), apart from its neighbours. */
export const RING_M = 800;

/** The zone's seven industries (人民网 2022-03-24), plus `unknown` where no source says. */
export type IndustryCode =
  | 'new_materials'
  | 'high_end_equipment'
  | 'ic_semiconductor'
  | 'green_energy'
  | 'modern_services'
  | 'eco_tourism_wellness'
  | 'modern_agriculture'
  | 'unknown';

/** The research's industry words → codes (its table uses the zone's Chinese names). */
export const INDUSTRY_OF: Record<string, IndustryCode> = {
  新材料: 'new_materials',
  高端装备: 'high_end_equipment',
  集成电路和半导体: 'ic_semiconductor',
  新型绿色能源: 'green_energy',
  现代服务业: 'modern_services',
  生态文旅康养: 'eco_tourism_wellness',
  现代农业: 'modern_agriculture',
  unknown: 'unknown',
};

/** The last state the sources report. `unclear`: the sources say it exists, not in what state. */
export type StatusCode = 'talks' | 'signed' | 'planned' | 'under_construction' | 'in_operation' | 'unclear';

/** What a dated step of a project's history is; the key date's kind is published as `date_basis`. */
export type StepKind =
  | 'talks'
  | 'signed'
  | 'approved'
  | 'site_chosen'
  | 'entered'
  | 'started'
  | 'company_founded'
  | 'in_operation'
  | 'planned_opening'
  | 'announced'
  | 'reported';

export interface Step {
  /** ISO 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when the sources give no date for it. */
  date: string | null;
  /** The year (or the date) is inferred, not printed in the source. */
  inferred?: boolean;
  kind: StepKind;
  zh: string;
  en: string;
  /** The project's key date (`date`): its signing or start, else the step that dates it best. */
  key?: true;
}

export type Words = readonly [zh: string, en: string];

/**
 * `reported`: the one figure the sources give for the project (its signed, planned or total
 * investment: no source reports money spent), or the sum of the phases they give; `lowerBound`:
 * the low end of a range the sources give; `plan`: a figure of a wider plan the sources do not
 * equate with the project, which is kept as words only.
 */
export type InvestmentBasis = 'reported' | 'lowerBound' | 'plan';

export interface Investment {
  /** Yuan, as the rule of `basis` takes it from the sources; null for `plan`. */
  cny: number | null;
  basis: InvestmentBasis;
  words: Words;
}

/** Where the map puts a project: the feature of our own data it is drawn beside, if any. */
export type Placement =
  | { at: 'park' | 'town' | 'new_city'; layer: 'parks' | 'towns' | 'dayu'; id: string; note?: Words }
  | { at: 'site_not_in_atlas'; note: Words }
  | { at: 'county_or_city' }
  | { at: 'not_stated' };

export interface CuratedProject {
  industry: IndustryCode;
  industryInferred: boolean;
  industryNote: Words | null;
  company: Words | null;
  status: StatusCode;
  steps: Step[];
  investment: Investment | null;
  capacity: Words | null;
  park: Words;
  placement: Placement;
  /** The research's confidence sentence in Chinese (the English is the research's own). */
  certaintyZh: string;
  /** Only where the research's sentence keeps Chinese names: the same in English throughout. */
  certaintyEn?: string;
}
