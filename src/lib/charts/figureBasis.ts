import type { Properties } from '../filter/filterExpression.ts';

/**
 * What a project's investment figure is, as the projects data says in `investment_basis`: the
 * figure the sources report, the low end of a range they give (the chart may understate), or a
 * wider plan's figure. Never guessed from the wording: "over ¥10 bn" in a quoted headline beside
 * an exact figure would mark the wrong thing.
 */
export type FigureBasis = 'reported' | 'plan' | 'lowerBound';

const BASES: readonly string[] = ['reported', 'plan', 'lowerBound'];

export function figureBasis(props: Properties): FigureBasis {
  const b = props?.investment_basis;
  return typeof b === 'string' && BASES.includes(b) ? (b as FigureBasis) : 'reported';
}
