import type { IncompletePair, NewYearPlan, PlannedPerson, TurnLists, YearMove } from './new-year-plan.js';

/** What the preview and the result show: the same for a plan worked out now and for one frozen by an earlier run. */
export interface NewYearSummary {
  readonly opens: string;
  readonly closes: string;
  readonly graduates: readonly PlannedPerson[];
  readonly leavers: readonly PlannedPerson[];
  readonly membershipsEnded: number;
  readonly moves: readonly YearMove[];
  readonly deactivated: number;
  readonly incomplete: readonly IncompletePair[];
}

type Frozen = TurnLists & { readonly year: string; readonly closes: string };

/** The summary of a plan (worked out now) or of a turn's frozen plan. */
export function summarize(plan: NewYearPlan | Frozen): NewYearSummary {
  const frozen = 'year' in plan;
  return {
    opens: frozen ? plan.year : plan.opens.label,
    closes: frozen ? plan.closes : plan.closes.label,
    graduates: plan.graduates.map((g) => ({ personId: g.personId, name: g.name })),
    leavers: plan.leavers,
    membershipsEnded: plan.endings.length,
    moves: plan.moves,
    deactivated: plan.deactivate.length,
    incomplete: plan.incomplete,
  };
}
