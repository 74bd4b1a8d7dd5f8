/** The reporting period a page shows: the one asked for (?ky=), else the last one that has ended. */
export function chosenPeriod<P extends { from: string }>(
  periods: readonly P[],
  asked: string | null,
): P {
  // The API lists the current period first, then the ended ones, newest first.
  return periods.find((p) => p.from === asked) ?? periods[1] ?? periods[0]!;
}
